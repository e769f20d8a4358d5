import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../common/api';
import type { NotificationPage } from './types';

const POLL_MS = 60_000;
const RECENT = 10;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  recent: () => [...notificationKeys.all, 'recent'] as const,
};

/** The badge count, polled so a new assignment shows up without a reload. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: () => api.get<{ unread: number }>('/api/notifications/unread-count'),
    refetchInterval: POLL_MS,
    staleTime: POLL_MS / 2,
  });
}

/** The latest notices, loaded when the list is opened. */
export function useRecentNotifications(open: boolean) {
  return useQuery({
    queryKey: notificationKeys.recent(),
    queryFn: () => api.get<NotificationPage>('/api/notifications', { limit: RECENT }),
    enabled: open,
    staleTime: 0,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<void>(`/api/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/api/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
