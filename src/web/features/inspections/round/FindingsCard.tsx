import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../format';
import { Blank } from '../../../shell/Blank';
import { useCategoryName } from '../../cases/useCategoryName';
import { TableEmpty } from '../../evaluations/TableEmpty';
import type { Finding, RoundDetail } from '../types';
import { FileCaseButton } from './FileCaseButton';
import { FindingActions } from './FindingActions';

function emptyKey(round: RoundDetail) {
  if (round.status === 'planned') return 'inspections.findings.emptyPlanned' as const;
  return round.mayRecord ? ('inspections.findings.emptyRecord' as const) : ('inspections.findings.empty' as const);
}

/** What the round found, in the order it was seen; the office files a finding as a case. The finding itself comes first, so a phone shows it without scrolling sideways. */
export function FindingsCard({ round, onRecord }: { round: RoundDetail; onRecord?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const hasActions = round.findings.some((f) => f.mayChange);
  return (
    <Card
      title={t('inspections.findings.title', { count: round.findingCount })}
      extra={
        onRecord && (
          <Button size="small" icon={<PlusOutlined />} onClick={onRecord} data-testid="record-finding">
            {t('inspections.record.open')}
          </Button>
        )
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<Finding>
        rowKey="id"
        size="small"
        dataSource={round.findings}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        // Wide enough that the finding itself keeps about 220 px beside the fixed columns.
        scroll={{ x: hasActions ? 1060 : 900 }}
        locale={{ emptyText: <TableEmpty text={t(emptyKey(round))} /> }}
        data-testid="findings"
        columns={[
          {
            key: 'what',
            title: t('inspections.findings.what'),
            render: (_, item) => (
              <>
                {item.withdrawn && (
                  <Tag color="default" data-testid="finding-withdrawn">
                    {t('inspections.findings.withdrawn')}
                  </Tag>
                )}
                <Typography.Text strong delete={item.withdrawn !== null} type={item.withdrawn ? 'secondary' : undefined}>
                  {item.title}
                </Typography.Text>
                <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: '2px 0 0' }} ellipsis={{ rows: 3, expandable: 'collapsible' }}>
                  {item.description}
                </Typography.Paragraph>
                {item.withdrawn && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('inspections.findings.withdrawnBy', { by: item.withdrawn.by ?? '', at: formatDateTime(item.withdrawn.at), reason: item.withdrawn.reason })}
                  </Typography.Text>
                )}
                {!item.withdrawn && item.updatedAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('inspections.findings.edited', { at: formatDateTime(item.updatedAt) })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { key: 'unit', title: t('inspections.findings.unit'), dataIndex: 'unitName', width: 140 },
          { key: 'category', title: t('inspections.findings.category'), width: 130, render: (_, item) => <Tag style={{ marginInlineEnd: 0 }}>{categoryName(item.category)}</Tag> },
          { key: 'observed', title: t('inspections.findings.observedAt'), width: 160, render: (_, item) => formatDateTime(item.observedAt) },
          { key: 'by', title: t('inspections.findings.recordedBy'), width: 110, render: (_, item) => item.recordedBy?.displayName ?? <Blank /> },
          {
            key: 'case',
            title: t('inspections.findings.case'),
            width: 150,
            render: (_, item) =>
              item.withdrawn ? (
                <Typography.Text type="secondary">{t('inspections.findings.withdrawn')}</Typography.Text>
              ) : item.caseId !== null ? (
                <Link to={`/cases/${item.caseId}`} style={{ fontFamily: 'monospace' }} data-testid="finding-case">
                  {item.caseCode ?? `#${item.caseId}`}
                </Link>
              ) : round.mayManage ? (
                <FileCaseButton findingId={item.id} />
              ) : (
                <Typography.Text type="secondary">{t('inspections.findings.notFiled')}</Typography.Text>
              ),
          },
          ...(hasActions
            ? [{ key: 'actions', title: t('inspections.findings.actions'), width: 150, render: (_: unknown, item: Finding) => item.mayChange && <FindingActions round={round} finding={item} /> }]
            : []),
        ]}
      />
    </Card>
  );
}
