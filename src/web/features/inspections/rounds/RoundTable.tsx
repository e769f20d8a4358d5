import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BlockList } from '../../../shell/BlockList';
import { useRowLink } from '../../../common/useRowLink';
import { TableEmpty } from '../../evaluations/TableEmpty';
import { roundDays } from '../labels';
import { KindTag, StatusTag } from '../RoundTags';
import type { Round } from '../types';
import { usePhone } from '../../../common/usePhone';

type RoundTableProps = { rounds: Round[]; loading: boolean; emptyText: string };

/** The rounds, latest start first as the server sends them; a click opens the round. On a phone, blocks instead of rows. */
export function RoundTable(props: RoundTableProps) {
  const phone = usePhone();
  return phone ? <RoundBlocks {...props} /> : <RoundRows {...props} />;
}

/** Title, then kind, status and days, then units, members and findings (filed): what an inspector checks on the way. */
function RoundBlocks({ rounds, loading, emptyText }: RoundTableProps) {
  const { t } = useTranslation();
  return (
    <BlockList
      items={rounds}
      itemKey={(round) => round.id}
      link={(round) => `/inspections/${round.id}`}
      loading={loading}
      empty={<TableEmpty text={emptyText} />}
      testId="rounds"
      itemTestId="round"
      render={(round) => (
        <>
          <Typography.Text strong style={{ display: 'block' }}>
            {round.title}
          </Typography.Text>
          <Flex wrap gap={6} align="center" style={{ marginTop: 6 }}>
            <KindTag kind={round.kind} />
            <StatusTag status={round.status} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {roundDays(t, round)}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inspections.summary', { units: round.unitCount, members: round.memberCount, findings: round.findingCount, filed: round.filedCount })}
          </Typography.Text>
        </>
      )}
    />
  );
}

function RoundRows({ rounds, loading, emptyText }: RoundTableProps) {
  const { t } = useTranslation();
  const rowLink = useRowLink<Round>((round) => `/inspections/${round.id}`);
  return (
    <Table<Round>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rounds}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 980 }}
      locale={{ emptyText: <TableEmpty text={emptyText} /> }}
      onRow={rowLink}
      data-testid="rounds"
      columns={[
        {
          key: 'title',
          title: t('inspections.columns.title'),
          render: (_, round) => (
            <Link to={`/inspections/${round.id}`} onClick={(event) => event.stopPropagation()}>
              {round.title}
            </Link>
          ),
        },
        { key: 'kind', title: t('inspections.columns.kind'), width: 80, render: (_, round) => <KindTag kind={round.kind} /> },
        {
          key: 'days',
          title: t('inspections.columns.days'),
          width: 270,
          render: (_, round) => roundDays(t, round),
        },
        { key: 'status', title: t('inspections.columns.status'), width: 90, render: (_, round) => <StatusTag status={round.status} /> },
        { key: 'units', title: t('inspections.columns.units'), width: 80, align: 'right', dataIndex: 'unitCount' },
        { key: 'members', title: t('inspections.columns.members'), width: 80, align: 'right', dataIndex: 'memberCount' },
        {
          key: 'findings',
          title: t('inspections.columns.findings'),
          width: 130,
          align: 'right',
          render: (_, round) => (
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>
              {round.findingCount} / {round.filedCount}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
