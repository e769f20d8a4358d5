import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import { formatScore } from '../numbers';
import type { Results, UnitResult } from '../types';
import { ChangeCell } from './ChangeCell';
import { PanelScoreCell } from './PanelScoreCell';

/** Every unit of the period in rank order; units with too few answers close the list, unranked. */
interface RankingTableProps {
  results: Results;
  /** The change column's heading; without it (no earlier ranking) the column is left out. */
  changeTitle: string | null;
}

export function RankingTable({ results, changeTitle }: RankingTableProps) {
  const { t } = useTranslation();
  return (
    <Table<UnitResult>
      rowKey="unitId"
      size="small"
      dataSource={results.units}
      // Ranked units come first; 91 rows on one screen are too many to read, so pages of 30.
      pagination={{ defaultPageSize: 30, showSizeChanger: true, pageSizeOptions: [30, 100], hideOnSinglePage: true, size: 'small' }}
      sticky={{ offsetHeader: 64 }}
      scroll={{ x: 580 + results.panels.length * 150 }}
      data-testid="ranking"
      columns={[
        {
          key: 'rank',
          title: t('evaluations.results.rank'),
          width: 100,
          align: 'center',
          render: (_, unit) =>
            unit.rank === null ? (
              <Tag style={{ marginInlineEnd: 0 }}>{t('evaluations.results.unranked')}</Tag>
            ) : (
              <Typography.Text strong>{unit.rank}</Typography.Text>
            ),
        },
        { key: 'unit', title: t('evaluations.results.unit'), dataIndex: 'unitName', ellipsis: { showTitle: true } },
        {
          key: 'combined',
          title: t('evaluations.results.combined'),
          width: 100,
          align: 'right',
          render: (_, unit) => (unit.combined === null ? <Blank /> : <Typography.Text strong>{formatScore(unit.combined)}</Typography.Text>),
        },
        ...results.panels.map((panel) => ({
          key: `panel-${panel.code}`,
          title: panel.name,
          width: 150,
          align: 'right' as const,
          render: (_: unknown, unit: UnitResult) => <PanelScoreCell result={unit.panels[panel.code]} />,
        })),
        ...(changeTitle === null ? [] : [{ key: 'change', title: changeTitle, width: 120, render: (_: unknown, unit: UnitResult) => <ChangeCell unit={unit} /> }]),
      ]}
    />
  );
}
