import { ROLES, type Role } from '../../core/auth/roles';

// The roles are the server's (core/auth/roles.ts).
export { ROLES, type Role };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
