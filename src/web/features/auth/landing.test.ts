import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../common/roles';
import { homePath, LANDING, mayUse, NAVIGATION } from '../../shell/navigation';
import { landingPath, returnPath } from './landing';

describe('where each role lands after sign-in', () => {
  it.each<[Role, string]>([
    ['office_admin', '/work'],
    ['office_staff', '/work'],
    ['leader', '/work'],
    ['unit_liaison', '/cases'],
    ['inspector', '/inspections'],
    ['auditor', '/audit'],
  ])('%s lands on %s', (role, path) => {
    expect(homePath(role)).toBe(path);
  });

  it('lands every role on a page its menu offers', () => {
    for (const role of ROLES) expect(mayUse(role, LANDING[role]), role).toBe(true);
  });

  it('puts the work page first in the menu of the office and leaders, and nobody else’s', () => {
    const first = (role: Role) => NAVIGATION.flatMap((group) => group.items).find((item) => item.roles.includes(role))?.key;
    expect(ROLES.filter((role) => first(role) === 'work')).toEqual(['office_admin', 'office_staff', 'leader']);
    expect(ROLES.filter((role) => mayUse(role, 'work'))).toEqual(['office_admin', 'office_staff', 'leader']);
  });

  it('keeps the plan overview in the menu of everyone but the auditor', () => {
    expect(ROLES.filter((role) => mayUse(role, 'overview'))).toEqual(['office_admin', 'office_staff', 'leader', 'unit_liaison', 'inspector']);
  });
});

describe('a deep link opened before signing in', () => {
  it('wins over the landing page', () => {
    expect(landingPath('office_staff', { from: '/cases/12' })).toBe('/cases/12');
    expect(landingPath('unit_liaison', { from: '/evaluations/my-unit' })).toBe('/evaluations/my-unit');
    expect(landingPath('office_admin', { from: '/cases?status=received' })).toBe('/cases?status=received');
  });

  it('is not the bare address, the sign-in page or the enrolment page', () => {
    for (const from of ['/', '/?x=1', '/login', '/account/totp']) expect(returnPath({ from }), from).toBeNull();
    expect(landingPath('inspector', { from: '/' })).toBe('/inspections');
  });

  it('is ignored when it is not a path of this site', () => {
    for (const state of [null, undefined, 'x', {}, { from: 12 }, { from: 'https://elsewhere.example/' }, { from: '//elsewhere.example/x' }]) {
      expect(returnPath(state)).toBeNull();
    }
    expect(landingPath('auditor', null)).toBe('/audit');
  });
});
