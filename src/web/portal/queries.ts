import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../common/api';
import type { AnswerIn, Questionnaire, Saved, Submitted } from './evaluate/types';
import type { PublicRanking, PublicRankingList } from './rankings/types';
import type { PlanCampaign, PlanPhase } from '../../modules/plan/contract';
import type { Filed, PortalPlan, PortalUnit, Tracked } from './types';

export const portalKeys = {
  all: ['portal'] as const,
  plan: () => [...portalKeys.all, 'plan'] as const,
  units: (q: string) => [...portalKeys.all, 'units', q] as const,
  // The evaluator's token is deliberately not part of any key: it lives in the request body only.
  questionnaire: (roundId: number) => [...portalKeys.all, 'questionnaire', roundId] as const,
  rankings: () => [...portalKeys.all, 'rankings'] as const,
  ranking: (period: string, version: number | null) => [...portalKeys.all, 'rankings', period, version] as const,
};

/** Once more after a lost connection or a server error; a refusal is an answer and is not asked again. */
function retryTransient(failures: number, error: unknown): boolean {
  return failures < 1 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500);
}

/** The parts of GET /api/public/plan the portal's frame reads besides PortalPlan: whether the campaign is over. */
export type PortalPlanState = PortalPlan & { campaign: Pick<PlanCampaign, 'ended' | 'closed'>; phases: Pick<PlanPhase, 'end'>[] };

/** The current campaign, always: the public twin of /api/plan ignores which campaign a signed-in staff member looks at. */
export function usePortalPlan() {
  return useQuery({ queryKey: portalKeys.plan(), queryFn: () => api.get<PortalPlanState>('/api/public/plan') });
}

/** Units whose name or alias contains the words typed; merged-away units are left out. */
export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: portalKeys.units(q),
    queryFn: async () => (await api.get<PortalUnit[]>('/api/public/units', { q })).filter((unit) => unit.mergedIntoId === null).slice(0, 8),
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

// The evaluator's questionnaire: POSTs so that the token travels in the body, never in an address or a log line.
export function useQuestionnaire(roundId: number, token: string | null) {
  return useQuery({
    queryKey: portalKeys.questionnaire(roundId),
    queryFn: () => api.post<Questionnaire>('/api/public/evaluate/open', { roundId, token }),
    enabled: token !== null,
    // Opened once: the page then holds the answers, and a second open would bring back an older draft.
    staleTime: Infinity,
    gcTime: 0,
    retry: retryTransient,
  });
}

export function saveDraft(roundId: number, token: string, answers: AnswerIn[]): Promise<Saved> {
  return api.put<Saved>('/api/public/evaluate/draft', { roundId, token, answers });
}

export function useSubmitEvaluation() {
  return useMutation({
    mutationFn: (body: { roundId: number; token: string; answers: AnswerIn[] }) => api.post<Submitted>('/api/public/evaluate/submit', body),
  });
}

export function usePublicRankings() {
  return useQuery({ queryKey: portalKeys.rankings(), queryFn: () => api.get<PublicRankingList>('/api/public/rankings'), retry: retryTransient });
}

/** A period's ranking: the latest approved version, or the one asked for. */
export function usePublicRanking(period: string, version: number | null) {
  return useQuery({
    queryKey: portalKeys.ranking(period, version),
    queryFn: () => api.get<PublicRanking>(`/api/public/rankings/${encodeURIComponent(period)}`, { version }),
    retry: retryTransient,
  });
}
