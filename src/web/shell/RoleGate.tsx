import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/queries';
import type { Role } from '../common/roles';
import { mayUse, type NavKey } from './navigation';

interface RoleGateProps {
  area: NavKey;
  /** Narrows the area's roles for a page inside it, e.g. intake within cases. */
  roles?: readonly Role[];
  children: ReactNode;
}

/** Shows a refusal instead of a page the signed-in role may not use. */
export function RoleGate({ area, roles, children }: RoleGateProps) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me || !mayUse(me.role, area) || (roles && !roles.includes(me.role))) {
    return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbidden')} />;
  }
  return children;
}
