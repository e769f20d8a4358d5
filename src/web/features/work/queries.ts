import { useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../common/api';
import { caseKeys } from '../cases/queries';
import type { CaseCounts, CasePage } from '../cases/types';

// The queue is a page people leave open: it refreshes itself now and then.
const REFRESH_MS = 60_000;

/** GET /api/cases/counts, with the list's filters (e.g. the portal channel). */
export function useQueueCounts(filters: QueryParams = {}) {
  return useQuery({
    queryKey: [...caseKeys.counts(), 'queue', filters] as const,
    queryFn: () => api.get<CaseCounts>('/api/cases/counts', filters),
    staleTime: 15_000,
    refetchInterval: REFRESH_MS,
  });
}

/** The newest cases not yet accepted. */
export function useNewestReceived(limit: number) {
  return useQuery({
    queryKey: [...caseKeys.lists(), 'newest-received', limit] as const,
    queryFn: () => api.get<CasePage>('/api/cases', { status: 'received', sort: 'received_desc', limit }),
    staleTime: 15_000,
    refetchInterval: REFRESH_MS,
  });
}
