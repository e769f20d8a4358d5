import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import { formatScore } from '../numbers';
import type { MyUnitPeriod } from '../types';
import { usePeriodLabel } from '../usePeriodLabel';
import { usePanelNames } from './usePanelNames';

/** Every period the unit was rated in, newest first, with each panel's score. */
export function MyUnitHistory({ periods }: { periods: MyUnitPeriod[] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { name: panelName, order } = usePanelNames();
  const codes = order([...new Set(periods.flatMap((period) => Object.keys(period.panels)))]);
  const score = (value: number | null, sufficient = true) =>
    value === null || !sufficient ? <Typography.Text type="secondary">{t('evaluations.results.insufficient')}</Typography.Text> : formatScore(value);
  return (
    <Card title={t('evaluations.myUnit.history')} styles={{ body: { padding: 0 } }}>
      <Table<MyUnitPeriod>
        rowKey="period"
        size="small"
        dataSource={periods}
        pagination={false}
        scroll={{ x: 480 + codes.length * 140 }}
        columns={[
          { key: 'period', title: t('evaluations.period'), width: 150, render: (_, item) => periodLabel(item.period) },
          { key: 'combined', title: t('evaluations.results.combined'), width: 110, align: 'right', render: (_, item) => score(item.combined) },
          {
            key: 'rank',
            title: t('evaluations.results.rank'),
            width: 150,
            render: (_, item) => (item.rank === null ? <Blank /> : t('evaluations.results.rankOf', { rank: item.rank, count: item.ranked })),
          },
          ...codes.map((code) => ({
            key: code,
            title: panelName(code),
            width: 140,
            align: 'right' as const,
            render: (_: unknown, item: MyUnitPeriod) => {
              const result = item.panels[code];
              return result ? score(result.score, result.sufficient) : <Blank />;
            },
          })),
        ]}
      />
    </Card>
  );
}
