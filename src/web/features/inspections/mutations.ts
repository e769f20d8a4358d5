import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../common/api';
import { caseKeys } from '../cases/queries';
import { BASE, inspectionKeys } from './queries';
import type { FiledCase, FindingChange, NewFinding, NewRound, RoundChange, RoundDetail, RoundStatus } from './types';

/** Plans a round; the key makes a retry or a double click create it once. */
export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: NewRound; key: string }) => api.post<{ id: number }>(`${BASE}/rounds`, body, { 'Idempotency-Key': key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.roundLists() }),
  });
}

/** Answers of the round routes are the updated round: show it at once, and refresh the lists. */
function useRoundAnswer(id: number) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (round: RoundDetail) => {
      queryClient.setQueryData(inspectionKeys.round(id), round);
      void queryClient.invalidateQueries({ queryKey: inspectionKeys.roundLists() });
    },
    // A 409 means someone else changed the round first: reload it to show what is allowed now.
    onError: (error: unknown) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: inspectionKeys.round(id) });
    },
  };
}

export function useChangeRound(id: number) {
  const answer = useRoundAnswer(id);
  return useMutation({ mutationFn: (body: RoundChange) => api.patch<RoundDetail>(`${BASE}/rounds/${id}`, body), ...answer });
}

export function useTransitionRound(id: number) {
  const answer = useRoundAnswer(id);
  return useMutation({ mutationFn: (to: RoundStatus) => api.post<RoundDetail>(`${BASE}/rounds/${id}/transition`, { to }), ...answer });
}

export function useRecordFinding(roundId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: NewFinding; key: string }) =>
      api.post<{ id: number }>(`${BASE}/rounds/${roundId}/findings`, body, { 'Idempotency-Key': key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.rounds() }),
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: inspectionKeys.round(roundId) });
    },
  });
}

/** Corrects a finding; the answer is its round. */
export function useChangeFinding(roundId: number) {
  const answer = useRoundAnswer(roundId);
  return useMutation({ mutationFn: ({ findingId, body }: { findingId: number; body: FindingChange }) => api.patch<RoundDetail>(`${BASE}/findings/${findingId}`, body), ...answer });
}

/** Withdraws a finding with the reason; the answer is its round. */
export function useWithdrawFinding(roundId: number) {
  const answer = useRoundAnswer(roundId);
  return useMutation({ mutationFn: ({ findingId, reason }: { findingId: number; reason: string }) => api.post<RoundDetail>(`${BASE}/findings/${findingId}/withdraw`, { reason }), ...answer });
}

/** Files a finding as a case; a finding already filed answers with its case. */
export function useFileFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (findingId: number) => api.post<FiledCase>(`${BASE}/findings/${findingId}/case`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: inspectionKeys.rounds() });
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    // A 409 means the finding was withdrawn meanwhile: show the rounds as they are now.
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: inspectionKeys.rounds() });
    },
  });
}
