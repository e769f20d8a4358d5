import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../common/api';
import type { NewUser, User, UserChange } from './types';

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: userKeys.list(), queryFn: () => api.get<User[]>('/api/users') });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => api.post<User>('/api/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** An administrator makes a one-time password link for a user who lost their password. */
export function usePasswordLink() {
  return useMutation({ mutationFn: (id: number) => api.post<{ token: string; expiresAt: string }>(`/api/users/${id}/password/link`, {}) });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: UserChange }) => api.patch<User>(`/api/users/${id}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** An administrator turns off the two-factor sign-in of a user who lost the device: their sessions end, they enrol again. */
export function useResetTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<User>(`/api/users/${id}/totp/reset`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
