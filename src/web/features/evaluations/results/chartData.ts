/** What the result charts draw, worked out from the results. Pure. */
import { LEVELS, type Level, type TrendPoint, type UnitResult } from '../types';

export const CHART_UNITS = 15;

/** Ranked units first, best first; units without a rank keep the server's order after them. */
export function byRank(units: readonly UnitResult[]): UnitResult[] {
  return units
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => (a.unit.rank ?? Infinity) - (b.unit.rank ?? Infinity) || a.index - b.index)
    .map(({ unit }) => unit);
}

/** The units a chart shows: the one chosen, or the best ranked few. */
export function chartUnits(units: readonly UnitResult[], chosenId: number | null, limit = CHART_UNITS): UnitResult[] {
  if (chosenId !== null) {
    const chosen = units.find((unit) => unit.unitId === chosenId);
    if (chosen) return [chosen];
  }
  return byRank(units).slice(0, limit);
}

export interface Series {
  key: string;
  name: string;
  /** One value per unit, in the units' order; null where there is no score. */
  data: (number | null)[];
}

/** One series per panel: the unit's score on that panel, or null when the panel had too few answers. */
export function panelSeries(units: readonly UnitResult[], panels: readonly { code: string; name: string }[]): Series[] {
  return panels.map((panel) => ({
    key: panel.code,
    name: panel.name,
    data: units.map((unit) => {
      const result = unit.panels[panel.code];
      return result && result.sufficient && result.score !== null ? Math.round(result.score * 10) / 10 : null;
    }),
  }));
}

/** One series per level, best first: how many answers rated each unit at that level. */
export function distributionSeries(units: readonly UnitResult[], levelName: (level: Level) => string): Series[] {
  return LEVELS.map((level) => ({ key: level, name: levelName(level), data: units.map((unit) => unit.distribution[level] ?? 0) }));
}

/** True when the previous period was ranked too, so that changes can be shown. */
export function hasPrevious(units: readonly UnitResult[]): boolean {
  return units.some((unit) => unit.previousRank !== null || unit.previousScore !== null);
}

/** True when some unit has at least one counted answer to draw. */
export function hasAnswers(units: readonly UnitResult[]): boolean {
  return units.some((unit) => LEVELS.some((level) => (unit.distribution[level] ?? 0) > 0));
}

/** The trend's points with a score; periods without one stay as gaps. */
export function trendValues(items: readonly TrendPoint[]): (number | null)[] {
  return items.map((item) => (item.combined === null ? null : Math.round(item.combined * 10) / 10));
}
