import { describe, expect, it } from 'vitest';
import type { UnitResult } from '../types';
import { byRank, chartUnits, distributionSeries, hasAnswers, hasPrevious, panelSeries, trendValues } from './chartData';

function unit(unitId: number, rank: number | null, scores: Record<string, number | null> = {}): UnitResult {
  return {
    unitId,
    unitName: `单位${unitId}`,
    panels: Object.fromEntries(
      Object.entries(scores).map(([code, score]) => [code, { n: score === null ? 2 : 10, excluded: 0, score, sufficient: score !== null, criteria: {} }]),
    ),
    combined: rank === null ? null : 90 - rank,
    rank,
    previousScore: null,
    previousRank: null,
    scoreChange: null,
    rankChange: null,
    distribution: { very_satisfied: unitId, satisfied: 0, basically_satisfied: 0, dissatisfied: 0, very_dissatisfied: 0 },
  };
}

const UNITS = [unit(1, null), unit(2, 2), unit(3, 1), unit(4, null), unit(5, 2)];

describe('chart units', () => {
  it('puts ranked units first, ties and unranked in the order sent', () => {
    expect(byRank(UNITS).map((u) => u.unitId)).toEqual([3, 2, 5, 1, 4]);
  });

  it('knows whether an earlier ranking exists to compare with', () => {
    expect(hasPrevious(UNITS)).toBe(false);
    expect(hasPrevious([...UNITS, { ...unit(9, 3), previousRank: 5 }])).toBe(true);
  });

  it('takes the best few, or only the unit chosen', () => {
    expect(chartUnits(UNITS, null, 2).map((u) => u.unitId)).toEqual([3, 2]);
    expect(chartUnits(UNITS, 4).map((u) => u.unitId)).toEqual([4]);
    expect(chartUnits(UNITS, 99, 1).map((u) => u.unitId)).toEqual([3]);
  });
});

describe('series', () => {
  it('leaves a gap where a panel had too few answers', () => {
    const series = panelSeries([unit(1, 1, { enterprise: 86.44, deputy: null })], [
      { code: 'enterprise', name: '企业' },
      { code: 'deputy', name: '代表委员' },
      { code: 'foreign_investor', name: '外商' },
    ]);
    expect(series.map((s) => s.data)).toEqual([[86.4], [null], [null]]);
  });

  it('counts answers per level, best first', () => {
    const series = distributionSeries([unit(7, 1)], (level) => level);
    expect(series[0]).toEqual({ key: 'very_satisfied', name: 'very_satisfied', data: [7] });
    expect(series).toHaveLength(5);
    expect(hasAnswers([unit(7, 1)])).toBe(true);
    expect(hasAnswers([{ ...unit(7, 1), distribution: { very_satisfied: 0, satisfied: 0, basically_satisfied: 0, dissatisfied: 0, very_dissatisfied: 0 } }])).toBe(false);
  });

  it('keeps periods without a score as gaps in the trend', () => {
    expect(trendValues([{ period: '2011Q1', combined: null, rank: null, ranked: 0 }, { period: '2011Q2', combined: 80.06, rank: 3, ranked: 90 }])).toEqual([null, 80.1]);
  });
});
