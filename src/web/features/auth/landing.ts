import type { Role } from '../../common/roles';
import { homePath } from '../../shell/navigation';

/**
 * The deep link a signed-out user opened, if any (RequireSession sends them to sign in with
 * `{ from: '/cases/12' }`, and the sign-in page passes that on through two-factor enrolment). The sign-in page itself is none, and neither is
 * the bare address of the console ('/'): typing the site's address means "take me to my work".
 */
export function returnPath(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const from = state.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return null;
  const path = from.split(/[?#]/, 1)[0];
  return path === '/' || path === '/login' || path === '/account/totp' ? null : from;
}

/** Where to go once signed in (and enrolled): the deep link first, else the role's own work. */
export function landingPath(role: Role, state: unknown): string {
  return returnPath(state) ?? homePath(role);
}
