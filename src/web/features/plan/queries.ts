import { useQuery } from '@tanstack/react-query';
import { api } from '../../common/api';
import type { Plan } from './types';

export const planKeys = {
  all: ['plan'] as const,
  current: () => [...planKeys.all, 'current'] as const,
};

export function usePlan() {
  return useQuery({
    queryKey: planKeys.current(),
    queryFn: () => api.get<Plan>('/api/plan'),
    staleTime: 10 * 60_000,
  });
}
