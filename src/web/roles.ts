export const ROLES = [
  'office_admin',
  'office_staff',
  'leader',
  'unit_liaison',
  'inspector',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
