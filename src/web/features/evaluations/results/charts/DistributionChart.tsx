import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, levelLabel } from '../../labels';
import type { UnitResult } from '../../types';
import { distributionSeries } from '../chartData';
import type { ChartOption } from './echarts';
import { EChart } from './EChart';

/** How many answers rated each unit at each level, stacked best to worst. */
export function DistributionChart({ units }: { units: UnitResult[] }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const series = distributionSeries(units, (level) => levelLabel(t, level));
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 32, containLabel: true },
      xAxis: { type: 'value', name: t('evaluations.results.answers'), nameLocation: 'middle', nameGap: 28, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: units.map((unit) => unit.unitName), axisLabel: { width: 150, overflow: 'truncate' } },
      series: series.map((item) => ({ type: 'bar', stack: 'levels', name: item.name, data: item.data, itemStyle: { color: LEVEL_COLOURS[item.key] }, barMaxWidth: 22 })),
    };
  }, [units, t]);
  return <EChart option={option} height={Math.max(200, units.length * 30 + 70)} label={t('evaluations.results.charts.distribution')} />;
}
