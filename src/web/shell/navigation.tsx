import {
  ApartmentOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  NotificationOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../common/roles';

export type NavKey =
  | 'overview' | 'dashboard' | 'cases' | 'inspections' | 'evaluations' | 'myEvaluation' | 'projects'
  | 'selfInspections' | 'publications' | 'assessment' | 'units' | 'users' | 'deadlineSettings'
  | 'campaigns' | 'audit' | 'account';

export type NavGroupKey = 'groupWork' | 'groupSupervision' | 'groupRegistry' | 'groupSystem';

export interface NavItem {
  key: NavKey;
  path: string;
  icon: ReactNode;
  roles: readonly Role[];
}

const STAFF: readonly Role[] = ['office_admin', 'office_staff', 'leader'];
const EVERYONE_BUT_AUDITOR: readonly Role[] = [...STAFF, 'unit_liaison', 'inspector'];
const EVERYONE: readonly Role[] = [...EVERYONE_BUT_AUDITOR, 'auditor'];

// Who sees what mirrors the server's rules; hiding is a courtesy, the server still refuses.
export const NAVIGATION: readonly { group: NavGroupKey; items: readonly NavItem[] }[] = [
  {
    group: 'groupWork',
    items: [
      { key: 'overview', path: '/', icon: <HomeOutlined />, roles: EVERYONE_BUT_AUDITOR },
      { key: 'dashboard', path: '/dashboard', icon: <FundProjectionScreenOutlined />, roles: STAFF },
    ],
  },
  {
    group: 'groupSupervision',
    items: [
      { key: 'cases', path: '/cases', icon: <FileSearchOutlined />, roles: [...STAFF, 'unit_liaison'] },
      { key: 'inspections', path: '/inspections', icon: <SolutionOutlined />, roles: [...STAFF, 'inspector'] },
      { key: 'evaluations', path: '/evaluations', icon: <StarOutlined />, roles: STAFF },
      // A liaison sees how the evaluators rated their own unit, never the rounds or other units.
      { key: 'myEvaluation', path: '/evaluations/my-unit', icon: <StarOutlined />, roles: ['unit_liaison'] },
      { key: 'projects', path: '/projects', icon: <ProjectOutlined />, roles: EVERYONE_BUT_AUDITOR },
      { key: 'selfInspections', path: '/self-inspections', icon: <ScheduleOutlined />, roles: [...STAFF, 'unit_liaison'] },
      { key: 'publications', path: '/publications', icon: <NotificationOutlined />, roles: STAFF },
      { key: 'assessment', path: '/assessment', icon: <TrophyOutlined />, roles: [...STAFF, 'unit_liaison'] },
    ],
  },
  {
    group: 'groupRegistry',
    items: [{ key: 'units', path: '/units', icon: <ApartmentOutlined />, roles: EVERYONE_BUT_AUDITOR }],
  },
  {
    group: 'groupSystem',
    items: [
      { key: 'users', path: '/users', icon: <TeamOutlined />, roles: ['office_admin'] },
      { key: 'deadlineSettings', path: '/settings/deadlines', icon: <FieldTimeOutlined />, roles: ['office_admin'] },
      { key: 'campaigns', path: '/settings/campaigns', icon: <FlagOutlined />, roles: ['office_admin'] },
      { key: 'audit', path: '/audit', icon: <SafetyCertificateOutlined />, roles: ['auditor'] },
      { key: 'account', path: '/account', icon: <UserOutlined />, roles: EVERYONE },
    ],
  },
];

const ITEMS = NAVIGATION.flatMap((group) => group.items);

export function navItem(key: NavKey): NavItem {
  const item = ITEMS.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`unknown navigation key ${key}`);
  return item;
}

export function mayUse(role: Role, key: NavKey): boolean {
  return navItem(key).roles.includes(role);
}

/** Where a role lands after sign-in. */
export function homePath(role: Role): string {
  return mayUse(role, 'overview') ? '/' : '/audit';
}
