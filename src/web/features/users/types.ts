import type { Role } from '../../roles';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  disabled: boolean;
  totpEnabled: boolean;
  /** Set only while a lock is in force. */
  lockedUntil: string | null;
  createdAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unitId?: number | null;
  password: string;
}

export interface UserChange {
  disabled?: boolean;
  role?: Role;
  unitId?: number | null;
  displayName?: string;
  unlock?: true;
}
