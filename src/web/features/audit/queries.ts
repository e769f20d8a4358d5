import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, api, withQuery, type Problem } from '../../common/api';
import type { ActionCatalogue, AuditFilter, AuditPage, ChainReport } from './types';

const PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
  catalogue: () => [...auditKeys.all, 'catalogue'] as const,
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

/** The actions the server records, by area, and the kinds of object: what the filters offer. Fixed for a running server. */
export function useActionCatalogue() {
  return useQuery({
    queryKey: auditKeys.catalogue(),
    queryFn: () => api.get<ActionCatalogue>('/api/audit/actions'),
    staleTime: Infinity,
  });
}

/** Verification walks the whole chain on the server, so it runs only when asked. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<ChainReport>('/api/audit/verify') });
}

/**
 * Downloads the filtered trail as a workbook in the page's language (sent as Accept-Language,
 * which the browser's own header would not follow when the reader switched languages).
 */
export function useExportTrail() {
  return useMutation({
    mutationFn: async ({ filter, language }: { filter: AuditFilter; language: string }) => {
      const response = await fetch(withQuery('/api/audit/export.xlsx', { ...filter }), { credentials: 'same-origin', headers: { 'Accept-Language': language } });
      if (!response.ok) {
        const problem: Problem = { title: response.statusText || 'Error', status: response.status };
        const body = (response.headers.get('content-type') ?? '').includes('json') ? ((await response.json()) as Partial<Problem>) : {};
        throw new ApiError(response.status, { ...problem, ...body, status: response.status });
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = language === 'en' ? 'audit-trail.xlsx' : '审计日志.xlsx';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}
