import {
  ApartmentOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  InboxOutlined,
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
  | 'work' | 'overview' | 'dashboard' | 'cases' | 'inspections' | 'evaluations' | 'myEvaluation' | 'projects'
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
// The icons are hidden from screen readers, which would otherwise read their English names ("home").
export const NAVIGATION: readonly { group: NavGroupKey; items: readonly NavItem[] }[] = [
  {
    group: 'groupWork',
    items: [
      // The office's queue, and the same figures for a leader: where they land after sign-in.
      { key: 'work', path: '/work', icon: <InboxOutlined aria-hidden />, roles: STAFF },
      { key: 'overview', path: '/', icon: <HomeOutlined aria-hidden />, roles: EVERYONE_BUT_AUDITOR },
      { key: 'dashboard', path: '/dashboard', icon: <FundProjectionScreenOutlined aria-hidden />, roles: STAFF },
    ],
  },
  {
    group: 'groupSupervision',
    items: [
      { key: 'cases', path: '/cases', icon: <FileSearchOutlined aria-hidden />, roles: [...STAFF, 'unit_liaison'] },
      { key: 'inspections', path: '/inspections', icon: <SolutionOutlined aria-hidden />, roles: [...STAFF, 'inspector'] },
      { key: 'evaluations', path: '/evaluations', icon: <StarOutlined aria-hidden />, roles: STAFF },
      // A liaison sees how the evaluators rated their own unit, never the rounds or other units.
      { key: 'myEvaluation', path: '/evaluations/my-unit', icon: <StarOutlined aria-hidden />, roles: ['unit_liaison'] },
      { key: 'projects', path: '/projects', icon: <ProjectOutlined aria-hidden />, roles: EVERYONE_BUT_AUDITOR },
      { key: 'selfInspections', path: '/self-inspections', icon: <ScheduleOutlined aria-hidden />, roles: [...STAFF, 'unit_liaison'] },
      { key: 'publications', path: '/publications', icon: <NotificationOutlined aria-hidden />, roles: STAFF },
      { key: 'assessment', path: '/assessment', icon: <TrophyOutlined aria-hidden />, roles: [...STAFF, 'unit_liaison'] },
    ],
  },
  {
    group: 'groupRegistry',
    items: [{ key: 'units', path: '/units', icon: <ApartmentOutlined aria-hidden />, roles: EVERYONE_BUT_AUDITOR }],
  },
  {
    group: 'groupSystem',
    items: [
      { key: 'users', path: '/users', icon: <TeamOutlined aria-hidden />, roles: ['office_admin'] },
      { key: 'deadlineSettings', path: '/settings/deadlines', icon: <FieldTimeOutlined aria-hidden />, roles: ['office_admin'] },
      { key: 'campaigns', path: '/settings/campaigns', icon: <FlagOutlined aria-hidden />, roles: ['office_admin'] },
      { key: 'audit', path: '/audit', icon: <SafetyCertificateOutlined aria-hidden />, roles: ['auditor'] },
      { key: 'account', path: '/account', icon: <UserOutlined aria-hidden />, roles: EVERYONE },
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

/**
 * Where each role's work is, and so where it lands after sign-in: the office and leaders on the
 * queue, a liaison on its unit's inbox, an inspector on the rounds, the auditor on the trail.
 * The plan overview ('/') stays one click away in the menu.
 */
export const LANDING: Readonly<Record<Role, NavKey>> = {
  office_admin: 'work',
  office_staff: 'work',
  leader: 'work',
  unit_liaison: 'cases',
  inspector: 'inspections',
  auditor: 'audit',
};

/** Where a role lands after sign-in: its work, or its account page should the menu not offer that. */
export function homePath(role: Role): string {
  const key = LANDING[role];
  return mayUse(role, key) ? navItem(key).path : navItem('account').path;
}
