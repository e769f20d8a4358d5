import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../common/api';

// The list itself is the header's too: useCampaigns() in features/plan/queries.

/**
 * Makes a campaign the current one (the portal, Open311 and public intake serve it). Every
 * answer is read again: the plan's and the campaigns' flags, and whatever follows the current one.
 */
export function useMakeCurrent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<void>(`/api/campaigns/${encodeURIComponent(code)}/current`),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Closes a campaign (read-only but for the office administrator's corrections) or opens it again. */
export function useSetClosed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, closed }: { code: string; closed: boolean }) => api.put<void>(`/api/campaigns/${encodeURIComponent(code)}/closed`, { closed }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
