import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../numbers';
import type { UnitResult } from '../../types';
import { panelSeries } from '../chartData';
import type { ChartOption } from './echarts';
import { EChart } from './EChart';

const PANEL_COLOURS = ['#1b5fad', '#13a8a8', '#d48806', '#722ed1', '#c41d7f'];

/** Each unit's score on each panel, side by side; a missing bar means too few answers on that panel. */
export function PanelComparisonChart({ units, panels }: { units: UnitResult[]; panels: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const series = panelSeries(units, panels);
    return {
      color: PANEL_COLOURS,
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => (typeof value === 'number' ? formatScore(value) : t('evaluations.results.insufficient')),
      },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 32, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, name: t('evaluations.results.score'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'category', inverse: true, data: units.map((unit) => unit.unitName), axisLabel: { width: 150, overflow: 'truncate' } },
      series: series.map((item) => ({ type: 'bar', name: item.name, data: item.data, barMaxWidth: 14 })),
    };
  }, [units, panels, t]);
  return <EChart option={option} height={Math.max(220, units.length * (panels.length * 12 + 16) + 70)} label={t('evaluations.results.charts.panels')} />;
}
