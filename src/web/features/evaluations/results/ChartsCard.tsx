import { Card, Empty, Flex, Select, Tabs, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Results } from '../types';
import { byRank, CHART_UNITS, chartUnits, hasAnswers } from './chartData';
import { DistributionChart } from './charts/DistributionChart';
import { PanelComparisonChart } from './charts/PanelComparisonChart';
import { TrendChart } from './charts/TrendChart';

type Tab = 'panels' | 'distribution' | 'trend';

/** Three views of the period: panels compared, answers by level, and one unit over time. */
export function ChartsCard({ results }: { results: Results }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('panels');
  const [chosenId, setChosenId] = useState<number | null>(null);
  const ordered = useMemo(() => byRank(results.units), [results.units]);
  const units = useMemo(() => chartUnits(results.units, chosenId), [results.units, chosenId]);
  // The trend needs one unit: the chosen one, else the best ranked.
  const trendUnit = units[0];
  const note =
    tab === 'trend'
      ? t('evaluations.results.charts.trendNote')
      : chosenId === null
        ? t('evaluations.results.charts.topNote', { count: Math.min(CHART_UNITS, ordered.length) })
        : t('evaluations.results.charts.oneNote');
  const unitPicker = (
    <Select<number>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={t('evaluations.results.charts.unit')}
      placeholder={tab === 'trend' ? t('evaluations.results.charts.unitTrend') : t('evaluations.results.charts.unitAll', { count: CHART_UNITS })}
      value={chosenId ?? undefined}
      onChange={(value) => setChosenId(value ?? null)}
      options={ordered.map((unit) => ({ value: unit.unitId, label: unit.unitName }))}
      style={{ width: 240 }}
      popupMatchSelectWidth={false}
      data-testid="chart-unit"
    />
  );
  const body = (content: ReactNode) => (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{note}</Typography.Text>
      {content}
    </Flex>
  );
  return (
    <Card title={t('evaluations.results.charts.title')} styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        tabBarExtraContent={unitPicker}
        items={[
          {
            key: 'panels',
            label: t('evaluations.results.charts.panels'),
            children: body(<PanelComparisonChart units={units} panels={results.panels} />),
          },
          {
            key: 'distribution',
            label: t('evaluations.results.charts.distribution'),
            children: body(
              hasAnswers(units) ? <DistributionChart units={units} /> : <Empty description={t('evaluations.results.charts.noAnswers')} style={{ padding: '32px 0' }} />,
            ),
          },
          {
            key: 'trend',
            label: t('evaluations.results.charts.trend'),
            children: body(trendUnit ? <TrendChart unitId={trendUnit.unitId} unitName={trendUnit.unitName} /> : null),
          },
        ]}
      />
    </Card>
  );
}
