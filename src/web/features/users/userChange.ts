import type { Role } from '../../common/roles';
import type { User, UserChange } from './types';

/** Only a unit liaison belongs to a unit; the server refuses a unit for any other role. */
export const UNIT_ROLE: Role = 'unit_liaison';

export type UserValues = { displayName: string; role: Role; unitId?: number | null };

/** What the form changes, and only that: a role or unit that stays the same is not sent. */
export function userChange(user: Pick<User, 'displayName' | 'role' | 'unitId'>, values: UserValues): UserChange {
  const change: UserChange = {};
  if (values.displayName.trim() !== user.displayName) change.displayName = values.displayName.trim();
  const unitId = values.role === UNIT_ROLE ? (values.unitId ?? null) : null;
  if (values.role !== user.role) change.role = values.role;
  if (unitId !== user.unitId) change.unitId = unitId;
  return change;
}

