import type { QueryParams } from '../../../common/api';
import { oneOf } from '../../../common/oneOf';
import { CHANNELS, DEADLINE_FILTERS as DEADLINES, SORTS, STATUSES, type Channel, type Status } from '../types';

export { DEADLINES, SORTS };
export type SortKey = (typeof SORTS)[number];
export type DeadlineFilter = (typeof DEADLINES)[number];

export interface CaseFilters {
  status: Status[];
  channel: Channel | null;
  category: string | null;
  unitId: number | null;
  deadline: DeadlineFilter | null;
  /** Received on or after / on or before, as YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  q: string;
  sort: SortKey;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

/**
 * Reads the filters from the address bar. Whatever a hand-edited or outdated link holds that
 * the server would refuse is dropped here, so a bad link still opens a working list.
 */
export function parseFilters(params: URLSearchParams, defaultSort: SortKey): CaseFilters {
  const channel = params.get('channel') ?? '';
  const deadline = params.get('deadline') ?? '';
  const sort = params.get('sort') ?? '';
  const unitId = Number(params.get('unitId'));
  return {
    status: [...new Set(params.getAll('status').filter((value): value is Status => oneOf(STATUSES, value)))],
    channel: oneOf(CHANNELS, channel) ? channel : null,
    category: params.get('category')?.trim() || null,
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : null,
    deadline: oneOf(DEADLINES, deadline) ? deadline : null,
    from: day(params.get('from')),
    to: day(params.get('to')),
    q: params.get('q')?.trim() ?? '',
    sort: oneOf(SORTS, sort) ? sort : defaultSort,
  };
}

/** The address-bar form: only what differs from the defaults, so a plain list has a plain URL. */
export function filtersToParams(filters: CaseFilters, defaultSort: SortKey): URLSearchParams {
  const params = new URLSearchParams();
  filters.status.forEach((status) => params.append('status', status));
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.category) params.set('category', filters.category);
  if (filters.unitId) params.set('unitId', String(filters.unitId));
  if (filters.deadline) params.set('deadline', filters.deadline);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort !== defaultSort) params.set('sort', filters.sort);
  return params;
}

/** The filters as GET /api/cases and /api/cases/export.xlsx take them. */
export function filtersToQuery(filters: CaseFilters): QueryParams {
  return {
    status: filters.status,
    channel: filters.channel,
    category: filters.category,
    unitId: filters.unitId,
    deadline: filters.deadline,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    sort: filters.sort,
  };
}

/**
 * The filters as GET /api/cases/counts takes them: all but the status (the counts are per status)
 * and the order, so the chips count exactly what the search and the other filters find.
 */
export function filtersToCountsQuery(filters: CaseFilters): QueryParams {
  const { status: _status, sort: _sort, ...rest } = filtersToQuery(filters);
  return rest;
}

export function hasFilters(filters: CaseFilters): boolean {
  const { sort: _sort, ...rest } = filters;
  return Object.values(rest).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)));
}
