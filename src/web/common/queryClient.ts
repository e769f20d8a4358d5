import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';
import { sessionKeys } from '../features/auth/queries';

declare module '@tanstack/react-query' {
  interface Register {
    // Sign-in and password forms answer 401 for wrong input; that must not end the session.
    mutationMeta: { keepSessionOn401?: boolean };
  }
}

/** Creates the client; any 401 clears the session so the route guard sends the user to /login. */
export function createQueryClient(): QueryClient {
  const endSession = (error: unknown): void => {
    if (isApiError(error, 401)) client.setQueryData(sessionKeys.me(), null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: endSession }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.keepSessionOn401) endSession(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && (!isApiError(error) || error.status >= 500),
      },
    },
  });
  return client;
}
