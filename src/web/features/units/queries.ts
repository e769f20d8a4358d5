import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../common/api';
import type { NewUnit, Unit, UnitChange, UnitVersion } from './types';

export const unitKeys = {
  all: ['units'] as const,
  list: () => [...unitKeys.all, 'list'] as const,
  history: (id: number) => [...unitKeys.all, 'history', id] as const,
};

/**
 * The whole registry, retired units included (marked): it is small (about a hundred rows), so
 * pages filter it in the browser, and old records still find a retired unit's name. Pickers
 * leave retired units out (useUnitOptions).
 */
export function useUnits() {
  return useQuery({
    queryKey: unitKeys.list(),
    queryFn: () => api.get<Unit[]>('/api/units', { retired: 'include' }),
    staleTime: 5 * 60_000,
  });
}

/** A unit's names and parents over time, oldest first. */
export function useUnitHistory(id: number | null) {
  return useQuery({
    queryKey: unitKeys.history(id ?? 0),
    queryFn: () => api.get<UnitVersion[]>(`/api/units/${id}/history`),
    enabled: id !== null,
  });
}

/** After any change the registry and the histories are read again (other pages' pickers too). */
function useRegistryChange<V>(mutationFn: (vars: V) => Promise<Unit>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }) });
}

export function useCreateUnit() {
  return useRegistryChange((body: NewUnit) => api.post<Unit>('/api/units', body));
}

export function useUpdateUnit() {
  return useRegistryChange(({ id, change }: { id: number; change: UnitChange }) => api.patch<Unit>(`/api/units/${id}`, change));
}

export function useMergeUnit() {
  return useRegistryChange(({ id, intoId, reason }: { id: number; intoId: number; reason: string }) => api.post<Unit>(`/api/units/${id}/merge`, { intoId, reason }));
}

export function useRetireUnit() {
  return useRegistryChange(({ id, reason }: { id: number; reason: string }) => api.post<Unit>(`/api/units/${id}/retire`, { reason }));
}

export function useRestoreUnit() {
  return useRegistryChange((id: number) => api.post<Unit>(`/api/units/${id}/restore`, {}));
}
