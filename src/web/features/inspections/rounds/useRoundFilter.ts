import { useSearchParams } from 'react-router';
import { oneOf } from '../../../common/oneOf';
import { ROUND_KINDS, ROUND_STATUSES, type RoundQuery } from '../types';

/** The list's filter: each of the query's fields, or null for all. */
export type RoundFilter = { [K in keyof RoundQuery]-?: NonNullable<RoundQuery[K]> | null };

/** The list's filter lives in the address, so a reload or a shared link keeps it. */
export function useRoundFilter(): [RoundFilter, (next: RoundFilter) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const filter: RoundFilter = { status: oneOf(ROUND_STATUSES, status) ? status : null, kind: oneOf(ROUND_KINDS, kind) ? kind : null };
  const setFilter = (next: RoundFilter) =>
    setParams(
      () => {
        const search = new URLSearchParams();
        if (next.status) search.set('status', next.status);
        if (next.kind) search.set('kind', next.kind);
        return search;
      },
      { replace: true },
    );
  return [filter, setFilter];
}
