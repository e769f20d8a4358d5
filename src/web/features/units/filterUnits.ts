import type { Unit, UnitKind } from './types';

export interface UnitFilter {
  q: string;
  kind: UnitKind | null;
  monitoredOnly: boolean;
}

/** Units matching every filter; the search looks at the name and every alias, ignoring case. */
export function filterUnits(units: readonly Unit[], filter: UnitFilter): Unit[] {
  const needle = filter.q.trim().toLowerCase();
  return units.filter(
    (unit) =>
      (!filter.monitoredOnly || unit.monitored) &&
      (filter.kind === null || unit.kind === filter.kind) &&
      (needle === '' || [unit.name, ...unit.aliases].some((name) => name.toLowerCase().includes(needle))),
  );
}
