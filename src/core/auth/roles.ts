export const ROLES = ['office_admin', 'office_staff', 'leader', 'unit_liaison', 'inspector', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that must sign in with a second factor (level-3 protection asks for two factors). */
export const TOTP_REQUIRED_ROLES: readonly Role[] = ['office_admin', 'auditor'];

export const OFFICE_ROLES: readonly Role[] = ['office_admin', 'office_staff'];
/** Everyone who works on campaign data; the auditor reads only the audit trail. */
export const STAFF_ROLES: readonly Role[] = ['office_admin', 'office_staff', 'leader', 'unit_liaison', 'inspector'];

export function mustEnrolTotp(role: Role, totpEnabled: boolean): boolean {
  return TOTP_REQUIRED_ROLES.includes(role) && !totpEnabled;
}
