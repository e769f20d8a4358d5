import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Items } from '../../common/api';
import type {
  EvaluationComment,
  Evaluator,
  Invitation,
  InvitationFilter,
  MyUnit,
  Overview,
  Publication,
  Results,
  Round,
  RoundDetail,
  TrendPoint,
} from './types';

const BASE = '/api/evaluations';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  overview: () => [...evaluationKeys.all, 'overview'] as const,
  rounds: () => [...evaluationKeys.all, 'rounds'] as const,
  roundLists: () => [...evaluationKeys.rounds(), 'list'] as const,
  roundList: (period: string) => [...evaluationKeys.roundLists(), period] as const,
  round: (id: number) => [...evaluationKeys.rounds(), 'detail', id] as const,
  invitations: (id: number) => [...evaluationKeys.all, 'invitations', id] as const,
  invitationList: (id: number, status: InvitationFilter | null) => [...evaluationKeys.invitations(id), status] as const,
  evaluators: () => [...evaluationKeys.all, 'evaluators'] as const,
  evaluatorList: (panel: string | null, q: string) => [...evaluationKeys.evaluators(), panel, q] as const,
  results: (period: string) => [...evaluationKeys.all, 'results', period] as const,
  trend: (unitId: number) => [...evaluationKeys.all, 'trend', unitId] as const,
  comments: () => [...evaluationKeys.all, 'comments'] as const,
  commentList: (period: string) => [...evaluationKeys.comments(), period] as const,
  publications: () => [...evaluationKeys.all, 'publications'] as const,
  publicationList: (period: string) => [...evaluationKeys.publications(), period] as const,
  myUnit: () => [...evaluationKeys.all, 'my-unit'] as const,
};

/** The panels, the periods that have rounds, the current period, the scoring rules and the criteria. */
export function useOverview() {
  return useQuery({
    queryKey: evaluationKeys.overview(),
    queryFn: () => api.get<Overview>(`${BASE}/overview`),
    staleTime: 5 * 60_000,
  });
}

export function useRounds(period: string | null) {
  return useQuery({
    queryKey: evaluationKeys.roundList(period ?? ''),
    queryFn: () => api.get<Items<Round>>(`${BASE}/rounds`, { period }),
    enabled: Boolean(period),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useRound(id: number) {
  return useQuery({
    queryKey: evaluationKeys.round(id),
    queryFn: () => api.get<RoundDetail>(`${BASE}/rounds/${id}`),
    enabled: id > 0,
    staleTime: 15_000,
  });
}

/** Invitations carry the evaluators' links, so only the office reads them. */
export function useInvitations(id: number, status: InvitationFilter | null, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.invitationList(id, status),
    queryFn: () => api.get<Items<Invitation>>(`${BASE}/rounds/${id}/invitations`, { status }),
    enabled: enabled && id > 0,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useEvaluators(panel: string | null, q: string) {
  return useQuery({
    queryKey: evaluationKeys.evaluatorList(panel, q),
    queryFn: () => api.get<Items<Evaluator>>(`${BASE}/evaluators`, { panel, q }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useResults(period: string | null) {
  return useQuery({
    queryKey: evaluationKeys.results(period ?? ''),
    queryFn: () => api.get<Results>(`${BASE}/results`, { period }),
    enabled: Boolean(period),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One unit's combined score and rank per period, oldest first. */
export function useTrend(unitId: number | null) {
  return useQuery({
    queryKey: evaluationKeys.trend(unitId ?? 0),
    queryFn: () => api.get<Items<TrendPoint>>(`${BASE}/trend`, { unitId }),
    enabled: unitId !== null && unitId > 0,
    staleTime: 60_000,
  });
}

/** The written comments of a period, without who wrote them. */
export function useComments(period: string | null, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.commentList(period ?? ''),
    queryFn: () => api.get<Items<EvaluationComment>>(`${BASE}/comments`, { period }),
    enabled: enabled && Boolean(period),
    staleTime: 15_000,
  });
}

export function usePublications(period: string | null) {
  return useQuery({
    queryKey: evaluationKeys.publicationList(period ?? ''),
    queryFn: () => api.get<Items<Publication>>(`${BASE}/publications`, { period }),
    enabled: Boolean(period),
    staleTime: 15_000,
  });
}

/** For a unit liaison: the results of their own unit only. */
export function useMyUnit() {
  return useQuery({
    queryKey: evaluationKeys.myUnit(),
    queryFn: () => api.get<MyUnit>(`${BASE}/my-unit`),
    staleTime: 60_000,
  });
}

/** Where the browser downloads a workbook itself, with the session cookie. */
export const downloads = {
  invitations: (id: number, status: InvitationFilter | null) =>
    status ? `${BASE}/rounds/${id}/invitations.xlsx?status=${status}` : `${BASE}/rounds/${id}/invitations.xlsx`,
  template: () => `${BASE}/evaluators/template.xlsx`,
  results: (period: string) => `${BASE}/results.xlsx?period=${encodeURIComponent(period)}`,
};

interface FoundUnit {
  id: number;
  name: string;
  kind: string;
  aliases: string[];
  mergedIntoId?: number | null;
}

/** Units whose name or alias contains the words typed (the whole registry when nothing is typed); merged-away units are left out. */
export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: ['units', 'search', q] as const,
    queryFn: async () => (await api.get<FoundUnit[]>('/api/units', { q })).filter((unit) => !unit.mergedIntoId),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
