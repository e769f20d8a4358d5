import type { Role } from '../../roles';

/** Mirrors the server: only the campaign office takes cases in and sees who reported them. */
export const OFFICE_ROLES: readonly Role[] = ['office_admin', 'office_staff'];

export function isOffice(role: Role): boolean {
  return OFFICE_ROLES.includes(role);
}
