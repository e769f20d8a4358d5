import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../common/format';
import { useRowLink } from '../../../common/useRowLink';
import { ResponseBar } from '../ResponseBar';
import { RoundStateTag } from '../RoundStateTag';
import { TableEmpty } from '../TableEmpty';
import type { Round } from '../types';

/** The rounds of one period, one per panel; a click opens the round. */
export function RoundTable({ rounds, loading, emptyText }: { rounds: Round[]; loading: boolean; emptyText: string }) {
  const { t } = useTranslation();
  const rowLink = useRowLink<Round>((round) => `/evaluations/rounds/${round.id}`);
  return (
    <Table<Round>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rounds}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: <TableEmpty text={emptyText} /> }}
      onRow={rowLink}
      columns={[
        {
          key: 'panel',
          title: t('evaluations.rounds.columns.panel'),
          render: (_, round) => (
            <Link to={`/evaluations/rounds/${round.id}`} onClick={(event) => event.stopPropagation()}>
              {round.panelName}
            </Link>
          ),
        },
        {
          key: 'dates',
          title: t('evaluations.rounds.columns.dates'),
          width: 260,
          render: (_, round) => t('evaluations.dateRange', { from: formatDate(round.opensOn), to: formatDate(round.closesOn) }),
        },
        { key: 'state', title: t('evaluations.rounds.columns.state'), width: 90, render: (_, round) => <RoundStateTag state={round.state} /> },
        { key: 'units', title: t('evaluations.rounds.columns.units'), width: 90, align: 'right', dataIndex: 'unitCount' },
        {
          key: 'counts',
          title: t('evaluations.rounds.columns.counts'),
          width: 170,
          render: (_, round) => (
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>
              {round.invited} / {round.drafts} / {round.submitted}
            </Typography.Text>
          ),
        },
        {
          key: 'rate',
          title: t('evaluations.rounds.columns.rate'),
          width: 190,
          render: (_, round) => <ResponseBar submitted={round.submitted} invited={round.invited} rate={round.responseRate} />,
        },
      ]}
    />
  );
}
