import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/queries';
import { problemText } from '../common/problems';
import { PageSpin } from './PageSpin';

const ENROLMENT_PATH = '/account/totp';

/** Lets signed-in users through; forces two-factor enrolment first when the server asks for it. */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <PageSpin fullScreen />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('errors.loadFailed')}
        subTitle={problemText(me.error, t)}
        extra={<Button onClick={() => void me.refetch()}>{t('actions.retry')}</Button>}
      />
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.data.totpEnrollmentRequired && location.pathname !== ENROLMENT_PATH) {
    return <Navigate to={ENROLMENT_PATH} replace />;
  }
  return <Outlet />;
}
