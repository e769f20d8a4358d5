import { isLive, type Unit, type UnitKind } from './types';

/** Which units by their existence: those that exist, the retired ones, or both. */
export const UNIT_STATES = ['all', 'live', 'retired'] as const;
export type UnitState = (typeof UNIT_STATES)[number];

export interface UnitFilter {
  q: string;
  kind: UnitKind | null;
  monitoredOnly: boolean;
  state: UnitState;
}

/** Units matching every filter; the search looks at the name and every alias, ignoring case. */
export function filterUnits(units: readonly Unit[], filter: UnitFilter): Unit[] {
  const needle = filter.q.trim().toLowerCase();
  return units.filter(
    (unit) =>
      (!filter.monitoredOnly || unit.monitored) &&
      (filter.kind === null || unit.kind === filter.kind) &&
      (filter.state === 'all' || (filter.state === 'live') === isLive(unit)) &&
      (needle === '' || [unit.name, ...unit.aliases].some((name) => name.toLowerCase().includes(needle))),
  );
}
