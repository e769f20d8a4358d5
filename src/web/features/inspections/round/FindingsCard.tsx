import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../common/format';
import { Blank } from '../../../shell/Blank';
import { BlockList } from '../../../shell/BlockList';
import { useCategoryName } from '../../cases/useCategoryName';
import { TableEmpty } from '../../evaluations/TableEmpty';
import type { Finding, RoundDetail } from '../types';
import { FileCaseButton } from './FileCaseButton';
import { FindingActions } from './FindingActions';
import { usePhone } from '../../../common/usePhone';

function emptyKey(round: RoundDetail) {
  if (round.status === 'planned') return 'inspections.findings.emptyPlanned' as const;
  return round.mayRecord ? ('inspections.findings.emptyRecord' as const) : ('inspections.findings.empty' as const);
}

/** The finding itself: title, what was seen, and whether it was withdrawn or corrected. */
function FindingText({ item }: { item: Finding }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** The case a finding became, the office's button to file it, or why there is none. */
function FindingCase({ round, item }: { round: RoundDetail; item: Finding }) {
  const { t } = useTranslation();
  if (item.withdrawn) return <Typography.Text type="secondary">{t('inspections.findings.withdrawn')}</Typography.Text>;
  if (item.caseId !== null) {
    return (
      <Link to={`/cases/${item.caseId}`} style={{ fontFamily: 'monospace' }} data-testid="finding-case">
        {item.caseCode ?? `#${item.caseId}`}
      </Link>
    );
  }
  if (round.mayManage) return <FileCaseButton findingId={item.id} />;
  return <Typography.Text type="secondary">{t('inspections.findings.notFiled')}</Typography.Text>;
}

/** On a phone, each finding as a block of its own, read top to bottom, its buttons at the foot. */
function FindingList({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  return (
    <BlockList
      items={round.findings}
      itemKey={(item) => item.id}
      empty={<TableEmpty text={t(emptyKey(round))} />}
      testId="findings"
      itemTestId="finding"
      render={(item) => (
        <>
          <FindingText item={item} />
          <Flex wrap gap={6} align="center" style={{ marginTop: 6 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.unitName}
            </Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{categoryName(item.category)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(item.observedAt)}
              {item.recordedBy && ` · ${item.recordedBy.displayName}`}
            </Typography.Text>
          </Flex>
          <Flex wrap gap={8} justify="space-between" align="center" style={{ marginTop: 8 }}>
            <FindingCase round={round} item={item} />
            {item.mayChange && <FindingActions round={round} finding={item} />}
          </Flex>
        </>
      )}
    />
  );
}

/** On a wider screen, one row per finding, the finding itself first. */
function FindingTable({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const hasActions = round.findings.some((f) => f.mayChange);
  return (
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
        { key: 'what', title: t('inspections.findings.what'), render: (_, item) => <FindingText item={item} /> },
        { key: 'unit', title: t('inspections.findings.unit'), dataIndex: 'unitName', width: 140 },
        { key: 'category', title: t('inspections.findings.category'), width: 130, render: (_, item) => <Tag style={{ marginInlineEnd: 0 }}>{categoryName(item.category)}</Tag> },
        { key: 'observed', title: t('inspections.findings.observedAt'), width: 160, render: (_, item) => formatDateTime(item.observedAt) },
        { key: 'by', title: t('inspections.findings.recordedBy'), width: 110, render: (_, item) => item.recordedBy?.displayName ?? <Blank /> },
        { key: 'case', title: t('inspections.findings.case'), width: 150, render: (_, item) => <FindingCase round={round} item={item} /> },
        ...(hasActions
          ? [{ key: 'actions', title: t('inspections.findings.actions'), width: 150, render: (_: unknown, item: Finding) => item.mayChange && <FindingActions round={round} finding={item} /> }]
          : []),
      ]}
    />
  );
}

/** What the round found, in the order it was seen; the office files a finding as a case. */
export function FindingsCard({ round, onRecord }: { round: RoundDetail; onRecord?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const phone = usePhone();
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
      {phone ? <FindingList round={round} /> : <FindingTable round={round} />}
    </Card>
  );
}
