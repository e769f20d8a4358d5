import { useQuery } from '@tanstack/react-query';
import { isApiError, setCsrfToken } from '../../common/api';
import { authApi, type Me } from './api';

export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
  setupStatus: () => [...sessionKeys.all, 'setup-status'] as const,
};

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: sessionKeys.me(),
    queryFn: async () => {
      try {
        const me = await authApi.me();
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (isApiError(error, 401)) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useSetupStatus() {
  return useQuery({ queryKey: sessionKeys.setupStatus(), queryFn: authApi.setupStatus, retry: false });
}
