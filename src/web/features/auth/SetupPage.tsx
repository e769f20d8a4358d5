import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { problemText } from '../../common/problems';
import { PageSpin } from '../../shell/PageSpin';
import { authApi } from './api';
import { AuthCard } from './AuthCard';
import { sessionKeys, useSetupStatus } from './queries';
import { SetupForm, type SetupValues } from './SetupForm';

// The token travels in the fragment so it never reaches server logs or a Referer header.
export function tokenFromFragment(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('token');
}

export function SetupPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useSetupStatus();
  const [token] = useState(tokenFromFragment);
  const setup = useMutation({
    mutationFn: (values: SetupValues) => authApi.setup({ ...values, token: token ?? '' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKeys.setupStatus() });
      void message.success(t('auth.setup.done'));
      void navigate('/login', { replace: true });
    },
  });

  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);

  if (status.isPending) return <PageSpin fullScreen />;
  const title = t('auth.setup.title');
  if (status.data && !status.data.needed) {
    return (
      <AuthCard title={title}>
        <Result
          status="success"
          title={t('auth.setup.alreadyDone')}
          extra={<Link to="/login"><Button type="primary">{t('auth.setup.goLogin')}</Button></Link>}
        />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title} subtitle={t('auth.setup.subtitle')} width={440}>
      {!token && <Alert type="error" showIcon title={t('auth.setup.missingToken')} style={{ marginBottom: 16 }} />}
      {status.isError && <Alert type="error" showIcon title={problemText(status.error, t)} style={{ marginBottom: 16 }} />}
      <SetupForm busy={setup.isPending} disabled={!token} error={setup.error} onSubmit={(values) => setup.mutate(values)} />
    </AuthCard>
  );
}
