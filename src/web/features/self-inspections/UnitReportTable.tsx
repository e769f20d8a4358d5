import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../common/format';
import { usePhone } from '../../common/usePhone';
import { useRowLink } from '../../common/useRowLink';
import { Blank } from '../../shell/Blank';
import { BlockList } from '../../shell/BlockList';
import { TableEmpty } from '../evaluations/TableEmpty';
import { LateTag, ReportStatusTag } from './Tags';
import type { RectificationCounts, ReportRow } from './types';

type UnitReportTableProps = { reports: ReportRow[]; emptyText: string };

export const reportPath = (report: Pick<ReportRow, 'id'>) => `/self-inspections/reports/${report.id}`;

/** The rectifications a report names: done, in progress, planned and overdue (red when any). */
export function RectificationCountsText({ counts }: { counts: RectificationCounts }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type={counts.overdue > 0 ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid="rectification-counts">
      {t('selfInspections.counts', counts)}
    </Typography.Text>
  );
}

/** Each unit's report of a request; a click opens it. On a phone, blocks instead of rows. */
export function UnitReportTable(props: UnitReportTableProps) {
  const phone = usePhone();
  return phone ? <UnitReportBlocks {...props} /> : <UnitReportRows {...props} />;
}

function UnitReportBlocks({ reports, emptyText }: UnitReportTableProps) {
  const { t } = useTranslation();
  return (
    <BlockList
      items={reports}
      itemKey={(report) => report.id}
      link={reportPath}
      empty={<TableEmpty text={emptyText} />}
      testId="unit-reports"
      itemTestId="unit-report"
      render={(report) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{report.unitName}</Typography.Text>
          <Flex wrap gap={6} align="center">
            <ReportStatusTag status={report.status} />
            {report.late && <LateTag />}
            {report.submittedAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('selfInspections.versions.submittedAt', { at: formatDateTime(report.submittedAt) })}
              </Typography.Text>
            )}
          </Flex>
          <RectificationCountsText counts={report.rectifications} />
        </Flex>
      )}
    />
  );
}

function UnitReportRows({ reports, emptyText }: UnitReportTableProps) {
  const { t } = useTranslation();
  const rowLink = useRowLink<ReportRow>(reportPath);
  return (
    <Table<ReportRow>
      rowKey="id"
      size="middle"
      dataSource={reports}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 820 }}
      locale={{ emptyText: <TableEmpty text={emptyText} /> }}
      onRow={rowLink}
      data-testid="unit-reports"
      columns={[
        {
          key: 'unit',
          title: t('selfInspections.columns.unit'),
          render: (_, report) => (
            <Link to={reportPath(report)} onClick={(event) => event.stopPropagation()}>
              {report.unitName}
            </Link>
          ),
        },
        {
          key: 'status',
          title: t('selfInspections.columns.status'),
          width: 150,
          render: (_, report) => (
            <Flex wrap gap={6}>
              <ReportStatusTag status={report.status} />
              {report.late && <LateTag />}
            </Flex>
          ),
        },
        { key: 'submittedAt', title: t('selfInspections.columns.submittedAt'), width: 180, render: (_, report) => (report.submittedAt ? formatDateTime(report.submittedAt) : <Blank />) },
        { key: 'rectifications', title: t('selfInspections.columns.rectifications'), width: 300, render: (_, report) => <RectificationCountsText counts={report.rectifications} /> },
      ]}
    />
  );
}
