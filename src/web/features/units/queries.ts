import { useQuery } from '@tanstack/react-query';
import { api } from '../../common/api';
import type { Unit } from './types';

export const unitKeys = {
  all: ['units'] as const,
  list: () => [...unitKeys.all, 'list'] as const,
};

/** The whole registry; it is small (about a hundred rows), so pages filter it in the browser. */
export function useUnits() {
  return useQuery({
    queryKey: unitKeys.list(),
    queryFn: () => api.get<Unit[]>('/api/units'),
    staleTime: 5 * 60_000,
  });
}
