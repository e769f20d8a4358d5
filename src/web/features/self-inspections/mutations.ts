import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../common/api';
import { BASE, selfInspectionKeys } from './queries';
import type { NewRequest, NewReview, Report, ReportContent } from './types';

/** Asks units for a report; the key makes a retry or a double click ask once (where the server keeps keys). */
export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: NewRequest; key: string }) => api.post<{ id: number }>(`${BASE}/requests`, body, { 'Idempotency-Key': key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: selfInspectionKeys.requests() }),
  });
}

/** A changed report answers with itself: show it, and count the request's progress again. */
function useReportAnswer(id: number) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (report: Report) => {
      queryClient.setQueryData(selfInspectionKeys.report(id), report);
      void queryClient.invalidateQueries({ queryKey: selfInspectionKeys.requests() });
    },
  };
}

/** Saves the draft over the revision it started from (409 report_changed if someone saved since). */
export function saveDraft(id: number, content: ReportContent, revision: number): Promise<Report> {
  return api.put<Report>(`${BASE}/reports/${id}/draft`, { content, revision });
}

export function useSubmitReport(id: number) {
  const answer = useReportAnswer(id);
  return useMutation({ mutationFn: (revision: number) => api.post<Report>(`${BASE}/reports/${id}/submit`, { revision }), ...answer });
}

export function useReviewReport(id: number) {
  const queryClient = useQueryClient();
  const answer = useReportAnswer(id);
  return useMutation({
    mutationFn: (body: NewReview) => api.post<Report>(`${BASE}/reports/${id}/review`, body),
    onSuccess: (report: Report) => {
      answer.onSuccess(report);
      void queryClient.invalidateQueries({ queryKey: [...selfInspectionKeys.report(id), 'versions'] });
    },
    // Reviewed or withdrawn meanwhile: show the report as it is now.
    onError: (error: unknown) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: selfInspectionKeys.report(id) });
    },
  });
}
