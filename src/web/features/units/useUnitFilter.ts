import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { UNIT_STATES, type UnitFilter, type UnitState } from './filterUnits';
import { isUnitKind } from './types';

const isState = (value: string): value is UnitState => (UNIT_STATES as readonly string[]).includes(value);

/**
 * The registry's filters. A link may preset them (e.g. ?monitored=1 from the overview);
 * after that they are plain component state, so a tick shows at once instead of
 * waiting for a router transition.
 */
export function useUnitFilter(): [UnitFilter, (change: Partial<UnitFilter>) => void] {
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<UnitFilter>(() => {
    const kind = params.get('kind') ?? '';
    const state = params.get('state') ?? '';
    return { q: params.get('q') ?? '', kind: isUnitKind(kind) ? kind : null, monitoredOnly: params.get('monitored') === '1', state: isState(state) ? state : 'all' };
  });
  const update = (change: Partial<UnitFilter>): void => setFilter((current) => ({ ...current, ...change }));
  return [filter, update];
}
