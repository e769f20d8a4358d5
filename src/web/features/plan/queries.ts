import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../common/api';
import { sessionKeys } from '../auth/queries';
import { isRecordPath, newestFirst } from '../campaigns/notices';
import type { CampaignSummary } from '../../../modules/plan/contract';
import type { Plan } from './types';

export const planKeys = {
  all: ['plan'] as const,
  current: () => [...planKeys.all, 'current'] as const,
};

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: () => [...campaignKeys.all, 'list'] as const,
};

export function usePlan() {
  return useQuery({
    queryKey: planKeys.current(),
    queryFn: () => api.get<Plan>('/api/plan'),
    staleTime: 10 * 60_000,
  });
}

/** The campaigns this user may look at (GET /api/campaigns), newest first. */
export function useCampaigns() {
  return useQuery({
    queryKey: campaignKeys.list(),
    queryFn: async () => newestFirst(await api.get<CampaignSummary[]>('/api/campaigns')),
    staleTime: 10 * 60_000,
  });
}

/**
 * Forgets every answer of the console but the session's and the campaign list's: after the
 * campaign looked at changes, each of them (cases, counts, plan, units…) is about the other
 * campaign. The session would otherwise blank the whole console while it loads, and the list
 * keeps the switcher in place: both are only read again.
 */
export async function forgetCampaignData(queryClient: QueryClient): Promise<void> {
  const kept: readonly unknown[] = [sessionKeys.all[0], campaignKeys.all[0]];
  await Promise.all([
    queryClient.resetQueries({ predicate: (query) => !kept.includes(query.queryKey[0]) }),
    queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
    queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  ]);
}

/**
 * Look at another campaign (PUT /api/campaigns/viewing), remembered by the server for this user.
 * Every console answer then concerns that campaign: a record's page is left for the overview,
 * and the answers kept so far are dropped.
 */
export function useViewCampaign() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useMutation({
    mutationFn: (code: string) => api.put<void>('/api/campaigns/viewing', { code }),
    onSuccess: (_, code) => {
      if (isRecordPath(pathname)) void navigate('/');
      queryClient.setQueryData<CampaignSummary[]>(campaignKeys.list(), (list) => list?.map((c) => ({ ...c, viewing: c.code === code })));
      void forgetCampaignData(queryClient);
    },
  });
}
