import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { setCsrfToken } from '../../common/api';
import { authApi } from './api';
import { sessionKeys } from './queries';

/** Signs out; whatever the server answers, the page forgets everything it cached. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: authApi.logout,
    meta: { keepSessionOn401: true },
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me(), null);
      void navigate('/login', { replace: true });
    },
  });
}
