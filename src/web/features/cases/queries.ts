import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../common/api';
import type { CaseCounts, CaseDetail, CasePage, Reporter } from './types';

export const PAGE_SIZE = 50;

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (query: QueryParams) => [...caseKeys.lists(), query] as const,
  /** Without a query, the key of every count (to refresh them all). */
  counts: (query?: QueryParams) => (query ? ([...caseKeys.all, 'counts', query] as const) : ([...caseKeys.all, 'counts'] as const)),
  details: () => [...caseKeys.all, 'detail'] as const,
  detail: (id: number) => [...caseKeys.details(), id] as const,
  reporter: (id: number) => [...caseKeys.all, 'reporter', id] as const,
  lookup: (q: string) => [...caseKeys.all, 'lookup', q] as const,
};

/** The list in keyset pages; the previous pages stay on screen while new filters load. */
export function useCaseList(query: QueryParams) {
  return useInfiniteQuery({
    queryKey: caseKeys.list(query),
    queryFn: ({ pageParam }) => api.get<CasePage>('/api/cases', { ...query, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

/** The counts per status, overdue and due soon, of what the filters and search give (the list's, but the status). */
export function useCaseCounts(query: QueryParams = {}) {
  return useQuery({
    queryKey: caseKeys.counts(query),
    queryFn: () => api.get<CaseCounts>('/api/cases/counts', query),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useCase(id: number) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => api.get<CaseDetail>(`/api/cases/${id}`),
    enabled: id > 0,
    staleTime: 15_000,
  });
}

/**
 * The reporter's identity, fetched only once the user asks: every fetch is written to the audit
 * trail, so it is never refetched behind the user's back and is forgotten when the page closes.
 */
export function useReporter(id: number, requested: boolean) {
  return useQuery({
    queryKey: caseKeys.reporter(id),
    queryFn: () => api.get<Reporter>(`/api/cases/${id}/reporter`),
    enabled: requested,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

/** A few cases whose code, title or text matches, e.g. to pick the case to merge into. */
export function useCaseLookup(q: string) {
  return useQuery({
    queryKey: caseKeys.lookup(q),
    queryFn: () => api.get<CasePage>('/api/cases', { q, limit: 10 }),
    enabled: q.trim().length > 0,
    staleTime: 15_000,
  });
}
