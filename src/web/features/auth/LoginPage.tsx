import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { setCsrfToken } from '../../common/api';
import { problemText } from '../../common/problems';
import { PageSpin } from '../../shell/PageSpin';
import { authApi, type LoginInput } from './api';
import { AuthCard } from './AuthCard';
import { CredentialsForm } from './CredentialsForm';
import { landingPath } from './landing';
import { sessionKeys, useMe, useSetupStatus } from './queries';
import { TotpCodeForm } from './TotpCodeForm';

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useMe();
  const setupStatus = useSetupStatus();
  const [pending, setPending] = useState<LoginInput | null>(null);
  const login = useMutation({
    mutationFn: authApi.login,
    meta: { keepSessionOn401: true },
    onSuccess: async (answer, input) => {
      if ('totpRequired' in answer) {
        setPending(input);
        return;
      }
      setCsrfToken(answer.csrfToken);
      await queryClient.invalidateQueries({ queryKey: sessionKeys.me() });
    },
  });

  if (me.isPending) return <PageSpin fullScreen />;
  if (me.data) {
    // The deep link, if any, travels through enrolment so that it still wins afterwards.
    if (me.data.totpEnrollmentRequired) return <Navigate to="/account/totp" replace state={location.state} />;
    return <Navigate to={landingPath(me.data.role, location.state)} replace />;
  }

  const error = login.error ? problemText(login.error, t) : null;
  return (
    <AuthCard title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      {setupStatus.data?.needed && (
        <Alert type="warning" showIcon title={t('auth.login.setupNeeded')} style={{ marginBottom: 16 }} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {pending ? (
        <TotpCodeForm
          busy={login.isPending}
          onSubmit={(totp) => login.mutate({ ...pending, totp })}
          onCancel={() => {
            setPending(null);
            login.reset();
          }}
        />
      ) : (
        <CredentialsForm busy={login.isPending} onSubmit={(input) => login.mutate(input)} />
      )}
    </AuthCard>
  );
}
