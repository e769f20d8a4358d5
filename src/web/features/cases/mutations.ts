import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../common/api';
import { notificationKeys } from '../notifications/queries';
import { caseKeys } from './queries';
import type { AccountabilityIn, BulkIn, BulkResult, CaseDetail, FiledCase, Step } from './types';

/** Where a step is posted: its name with dashes, e.g. verify_close → /verify-close. */
export function stepPath(id: number, step: Step): string {
  return `/api/cases/${id}/${step.replaceAll('_', '-')}`;
}

/**
 * Takes one step on a case. The answer is the updated case, so the page shows it at once; on a
 * 409 someone else moved the case first, so it is reloaded to show the steps now allowed.
 */
export function useCaseStep(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: Step; body: object }) => api.post<CaseDetail>(stepPath(id, step), body),
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: caseKeys.counts() });
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
    },
  });
}

/**
 * One step on many cases from the list (POST /api/cases/bulk): each case is its own change and
 * the answer says, case by case in the order sent, whether it was taken or why not. Whatever
 * the outcome, the lists, counts and the cases' pages are reloaded.
 */
export function useBulkStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkIn) => api.post<{ results: BulkResult[] }>('/api/cases/bulk', body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: caseKeys.counts() });
      void queryClient.invalidateQueries({ queryKey: caseKeys.details() });
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}

/** Files a case from the office's intake; the key makes a retry or a double click file it once. */
export function useFileCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: object; key: string }) => api.post<FiledCase>('/api/cases', body, { 'Idempotency-Key': key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useSendMessage(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<{ id: number }>(`/api/cases/${id}/messages`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
  });
}

export function useRecordAccountability(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountabilityIn) => api.post<{ id: number }>(`/api/cases/${id}/accountability`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
  });
}
