import { isLive, UNIT_KINDS, type Unit, type UnitKind } from './types';

export interface MonitoredSummary {
  total: number;
  byKind: { kind: UnitKind; count: number }[];
}

/** How many monitored units there are (retired ones no longer count), by kind in registry order, leaving out kinds with none. */
export function monitoredSummary(units: readonly Unit[]): MonitoredSummary {
  const monitored = units.filter((unit) => unit.monitored && isLive(unit));
  const byKind = UNIT_KINDS.map((kind) => ({ kind, count: monitored.filter((unit) => unit.kind === kind).length }));
  return { total: monitored.length, byKind: byKind.filter((entry) => entry.count > 0) };
}
