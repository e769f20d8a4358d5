import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/queries';
import { mayUse, type NavKey } from './navigation';

/** Shows a refusal instead of a page the signed-in role may not use. */
export function RoleGate({ area, children }: { area: NavKey; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me || !mayUse(me.role, area)) {
    return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbidden')} />;
  }
  return children;
}
