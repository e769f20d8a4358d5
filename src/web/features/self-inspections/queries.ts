import { useQuery } from '@tanstack/react-query';
import { api, type Items } from '../../common/api';
import type { Report, ReportVersion, RequestDetail, RequestSummary } from './types';

export const BASE = '/api/self-inspections';

export const selfInspectionKeys = {
  all: ['self-inspections'] as const,
  requests: () => [...selfInspectionKeys.all, 'requests'] as const,
  request: (id: number) => [...selfInspectionKeys.requests(), id] as const,
  reports: () => [...selfInspectionKeys.all, 'reports'] as const,
  report: (id: number) => [...selfInspectionKeys.reports(), id] as const,
  version: (id: number, version: number) => [...selfInspectionKeys.report(id), 'versions', version] as const,
};

/** The requests of the viewed campaign; a liaison's progress counts its own unit's reports only. */
export function useRequests() {
  return useQuery({
    queryKey: selfInspectionKeys.requests(),
    queryFn: async () => (await api.get<Items<RequestSummary>>(`${BASE}/requests`)).items,
    staleTime: 15_000,
  });
}

export function requestQuery(id: number) {
  return { queryKey: selfInspectionKeys.request(id), queryFn: () => api.get<RequestDetail>(`${BASE}/requests/${id}`), staleTime: 15_000 };
}

/** One request with its units' reports (a liaison: its unit's and sub-units' only). */
export function useRequest(id: number) {
  return useQuery({ ...requestQuery(id), enabled: id > 0 });
}

/**
 * One report as this reader may see it. It is not read again on its own while open (focus,
 * reconnect): the liaison's editor holds its own copy, and a changed report is reloaded on purpose.
 */
export function useReport(id: number) {
  return useQuery({
    queryKey: selfInspectionKeys.report(id),
    queryFn: () => api.get<Report>(`${BASE}/reports/${id}`),
    enabled: id > 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** A submitted version's content, with the office's review of it; a version never changes, but its review may come. */
export function useReportVersion(id: number, version: number | null) {
  return useQuery({
    queryKey: selfInspectionKeys.version(id, version ?? 0),
    queryFn: () => api.get<ReportVersion>(`${BASE}/reports/${id}/versions/${version}`),
    enabled: version !== null,
    staleTime: 15_000,
  });
}
