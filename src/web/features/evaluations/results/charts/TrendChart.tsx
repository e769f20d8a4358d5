import { Empty, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../shell/QueryError';
import { formatScore } from '../../numbers';
import { useTrend } from '../../queries';
import { usePeriodLabel } from '../../usePeriodLabel';
import { trendValues } from '../chartData';
import type { ChartOption } from './echarts';
import { EChart } from './EChart';

/** One unit's combined score over the periods, its rank in the tooltip. */
export function TrendChart({ unitId, unitName }: { unitId: number; unitName: string }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const trend = useTrend(unitId);
  const items = useMemo(() => trend.data?.items ?? [], [trend.data]);
  const option = useMemo<ChartOption>(() => {
    const values = trendValues(items);
    return {
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params;
          const item = items[first?.dataIndex ?? -1];
          if (!item) return '';
          const score = item.combined === null ? t('evaluations.results.insufficient') : formatScore(item.combined);
          const rank = item.rank === null ? t('evaluations.results.notRanked') : t('evaluations.results.rankOf', { rank: item.rank, count: item.ranked });
          return `${periodLabel(item.period)}<br/>${unitName}<br/>${t('evaluations.results.combined')} ${score} · ${rank}`;
        },
      },
      grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: items.map((item) => periodLabel(item.period)), boundaryGap: true },
      yAxis: { type: 'value', name: t('evaluations.results.combined'), nameTextStyle: { align: 'left' }, scale: true },
      series: [{ type: 'line', name: unitName, data: values, connectNulls: false, symbolSize: 8, label: { show: true, formatter: (p) => (typeof p.value === 'number' ? formatScore(p.value) : '') } }],
    };
  }, [items, unitName, periodLabel, t]);
  if (trend.isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  if (trend.isError) return <QueryError error={trend.error} onRetry={() => void trend.refetch()} />;
  if (!items.some((item) => item.combined !== null)) return <Empty description={t('evaluations.results.charts.noTrend', { unit: unitName })} style={{ padding: '32px 0' }} />;
  return <EChart option={option} height={320} label={t('evaluations.results.charts.trendOf', { unit: unitName })} />;
}
