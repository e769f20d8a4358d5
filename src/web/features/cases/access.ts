import { OFFICE_ROLES } from '../../../core/auth/roles';
import type { Role } from '../../common/roles';

/** The server's rule (core/auth/roles): only the campaign office takes cases in and sees who reported them. */
export { OFFICE_ROLES };

export function isOffice(role: Role): boolean {
  return OFFICE_ROLES.includes(role);
}
