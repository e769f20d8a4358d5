import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../common/api';
import { caseKeys } from '../cases/queries';
import { evaluationKeys } from './queries';
import type { CommentCase, Evaluator, EvaluatorInput, ImportIn, ImportReport, InvitationsIssued, NewRound, Publication, Reminded, Round, RoundChange, RoundDetail, Rules } from './types';

const BASE = '/api/evaluations';

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRound) => api.post<RoundDetail>(`${BASE}/rounds`, body),
    onSuccess: (round) => {
      queryClient.setQueryData(evaluationKeys.round(round.id), round);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.roundLists() });
      // A round in a new period adds that period to the pickers.
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.overview() });
    },
  });
}

export function useChangeRound(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoundChange) => api.patch<RoundDetail>(`${BASE}/rounds/${id}`, body),
    onSuccess: (round) => {
      queryClient.setQueryData(evaluationKeys.round(id), round);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.roundLists() });
    },
  });
}

/** Closing kills every link of the round at once. */
export function useCloseRound(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Round>(`${BASE}/rounds/${id}/close`),
    onSuccess: (round) =>
      queryClient.setQueryData<RoundDetail>(evaluationKeys.round(id), (detail) => (detail ? { ...detail, ...round } : detail)),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.roundLists() });
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.invitations(id) });
    },
  });
}

/** One invitation per evaluator of the panel; running it again creates only the missing ones. */
export function useCreateInvitations(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<InvitationsIssued>(`${BASE}/rounds/${id}/invitations`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.invitations(id) });
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.rounds() });
    },
  });
}

/** Marks every invitation not yet submitted as reminded now. */
export function useSendReminders(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Reminded>(`${BASE}/rounds/${id}/reminders`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.invitations(id) }),
  });
}

export function useSaveEvaluator(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluatorInput) =>
      id === null ? api.post<Evaluator>(`${BASE}/evaluators`, body) : api.patch<Evaluator>(`${BASE}/evaluators/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.evaluators() }),
  });
}

export function useDeleteEvaluator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete<void>(`${BASE}/evaluators/${id}`),
    onSettled: (_data, error) => {
      if (!error || isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: evaluationKeys.evaluators() });
    },
  });
}

export type ImportFile = Omit<ImportIn, 'confirm'>;

/** Checks a file (confirm false: nothing is written) or imports its good rows (confirm true). */
export function useImportEvaluators() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, confirm }: { file: ImportFile; confirm: boolean }) =>
      api.post<ImportReport>(`${BASE}/evaluators/import`, { ...file, confirm }),
    onSuccess: (report) => {
      if (report.imported > 0) void queryClient.invalidateQueries({ queryKey: evaluationKeys.evaluators() });
    },
  });
}

/** Files a case from an evaluator's comment; a comment already turned into one answers with that case. */
export function useCommentToCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, category, title }: { answerId: number; category: string; title?: string }) =>
      api.post<CommentCase>(`${BASE}/comments/${answerId}/case`, { category, ...(title ? { title } : {}) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.comments() });
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

/** Releases a comment to the unit it is about, or takes it back. */
export function useReleaseComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, release }: { answerId: number; release: boolean }) => api.post<void>(`${BASE}/comments/${answerId}/release`, { release }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.comments() }),
  });
}

/** Freezes the period's ranking as a new version waiting for a leader's approval. */
export function useCreatePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { period: string; note?: string }) => api.post<Publication>(`${BASE}/publications`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.publications() }),
  });
}

export function useApprovePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Publication>(`${BASE}/publications/${id}/approve`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.publications() }),
  });
}

export function useSaveRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Rules>) => api.put<Rules>(`${BASE}/rules`, body),
    // Every score depends on the rules.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}
