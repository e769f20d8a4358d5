import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Items } from '../../common/api';
import type { RoundFilter } from './rounds/useRoundFilter';
import type { Inspector, Round, RoundDetail } from './types';

export const BASE = '/api/inspections';

export const inspectionKeys = {
  all: ['inspections'] as const,
  rounds: () => [...inspectionKeys.all, 'rounds'] as const,
  roundLists: () => [...inspectionKeys.rounds(), 'list'] as const,
  roundList: (filter: RoundFilter) => [...inspectionKeys.roundLists(), filter] as const,
  round: (id: number) => [...inspectionKeys.rounds(), 'detail', id] as const,
  inspectors: () => [...inspectionKeys.all, 'inspectors'] as const,
};

/** The rounds the user may see (an inspector: only those it is a member of). */
export function useRounds(filter: RoundFilter) {
  return useQuery({
    queryKey: inspectionKeys.roundList(filter),
    queryFn: () => api.get<Items<Round>>(`${BASE}/rounds`, { status: filter.status, kind: filter.kind }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useRound(id: number) {
  return useQuery({
    queryKey: inspectionKeys.round(id),
    queryFn: () => api.get<RoundDetail>(`${BASE}/rounds/${id}`),
    enabled: id > 0,
    staleTime: 15_000,
  });
}

/** The inspector accounts a round's members are chosen from; only the office may read them. */
export function useInspectors() {
  return useQuery({
    queryKey: inspectionKeys.inspectors(),
    queryFn: () => api.get<Items<Inspector>>(`${BASE}/inspectors`),
    staleTime: 60_000,
  });
}
