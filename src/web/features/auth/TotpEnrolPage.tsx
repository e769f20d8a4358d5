import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Result } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { problemText } from '../../common/problems';
import { authApi } from './api';
import { AuthCard } from './AuthCard';
import { landingPath } from './landing';
import { useMe } from './queries';
import { TotpEnrolSteps } from './TotpEnrolSteps';
import { useLogout } from './useLogout';

export function TotpEnrolPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const logout = useLogout();
  const { message } = App.useApp();
  const setup = useMutation({ mutationFn: authApi.totpSetup });
  const { mutate: startSetup } = setup;
  const needsSecret = me !== undefined && me !== null && !me.totpEnabled;
  const started = useRef(false);

  useEffect(() => {
    // Each setup call replaces the pending secret, so ask exactly once per visit.
    if (!needsSecret || started.current) return;
    started.current = true;
    startSetup();
  }, [needsSecret, startSetup]);

  const title = t('auth.totp.title');
  if (me && me.totpEnabled && !me.totpEnrollmentRequired) {
    return (
      <AuthCard title={title}>
        <Result status="success" title={t('auth.totp.alreadyEnabled')} extra={<Link to="/account"><Button>{t('actions.back')}</Button></Link>} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title} width={520}>
      {me?.totpEnrollmentRequired && <Alert type="info" showIcon title={t('auth.totp.forced')} style={{ marginBottom: 16 }} />}
      {setup.isError && <Alert type="error" showIcon title={problemText(setup.error, t)} style={{ marginBottom: 16 }} />}
      <TotpEnrolSteps
        secret={setup.data ?? null}
        onEnabled={() => void message.success(t('auth.totp.enabled'))}
        next={me ? landingPath(me.role, location.state) : '/'}
      />
      {me?.totpEnrollmentRequired ? (
        <Button type="link" block onClick={() => logout.mutate()} style={{ marginTop: 8 }}>
          {t('header.logout')}
        </Button>
      ) : (
        <Link to="/account">
          <Button type="link" block style={{ marginTop: 8 }}>
            {t('actions.back')}
          </Button>
        </Link>
      )}
    </AuthCard>
  );
}
