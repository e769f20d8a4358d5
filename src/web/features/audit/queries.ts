import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../common/api';
import type { AuditFilter, AuditPage, ChainReport } from './types';

const PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
};

/** Newest first, one page at a time, continuing from the server's keyset cursor. */
export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) => api.get<AuditPage>('/api/audit', { ...filter, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** Verification walks the whole chain on the server, so it runs only when asked. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<ChainReport>('/api/audit/verify') });
}
