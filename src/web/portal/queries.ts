import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api';
import type { Filed, PortalPlan, PortalUnit, Tracked } from './types';

export const portalKeys = {
  all: ['portal'] as const,
  plan: () => [...portalKeys.all, 'plan'] as const,
  units: (q: string) => [...portalKeys.all, 'units', q] as const,
};

export function usePortalPlan() {
  return useQuery({ queryKey: portalKeys.plan(), queryFn: () => api.get<PortalPlan>('/api/plan') });
}

/** Units whose name or alias contains the words typed; merged-away units are left out. */
export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: portalKeys.units(q),
    queryFn: async () => (await api.get<PortalUnit[]>('/api/units', { q })).filter((unit) => unit.mergedIntoId === null).slice(0, 8),
    enabled: q.length > 0,
  });
}

export function useFileComplaint() {
  return useMutation({
    mutationFn: ({ body, key }: { body: object; key: string }) => api.post<Filed>('/api/public/cases', body, { 'Idempotency-Key': key }),
  });
}

// Tracking is a POST so that the receipt travels in the body, never in an address or a log line.
export function useTrack() {
  return useMutation({ mutationFn: (receipt: string) => api.post<Tracked>('/api/public/track', { receipt }) });
}

export function useSendPublicMessage() {
  return useMutation({ mutationFn: (input: { receipt: string; body: string }) => api.post<void>('/api/public/track/messages', input) });
}
