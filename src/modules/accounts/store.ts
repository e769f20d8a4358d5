import { asc, eq, sql } from 'drizzle-orm';
import type { Write } from '../../core/http/change.js';
import type { Queryable } from '../../core/db/client.js';
import { units, users } from '../../core/db/tables.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../core/auth/passwords.js';
import type { Role } from '../../core/auth/roles.js';
import { endUserSessions } from '../../core/auth/sessions.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';

export type UserRow = typeof users.$inferSelect;

export type NewUser = { username: string; displayName: string; role: Role; unitId: number | null; password: string };

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(sql`lower(${users.username})`, username.toLowerCase())).limit(1);
  return u;
}

/** Checks the rules a user record must satisfy; throws a 400 naming the field. */
async function checkUserFields(db: Queryable, role: Role, unitId: number | null): Promise<void> {
  if (role === 'unit_liaison' && unitId === null) {
    throw badRequest('A unit liaison must be bound to a unit', [{ path: 'unitId', message: 'is required for role unit_liaison' }]);
  }
  if (role !== 'unit_liaison' && unitId !== null) {
    throw badRequest('Only a unit liaison is bound to a unit', [{ path: 'unitId', message: `must be empty for role ${role}` }]);
  }
  if (unitId !== null) {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).limit(1);
    if (!u) throw badRequest('Unknown unit', [{ path: 'unitId', message: `no unit with id ${unitId}` }]);
  }
}

export async function createUser(w: Write, input: NewUser): Promise<UserRow> {
  const tx = w.tx;
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw badRequest(`The password ${problem}`, [{ path: 'password', message: problem }]);
  await checkUserFields(tx, input.role, input.unitId);
  if (await findUserByUsername(tx, input.username)) {
    throw conflict('A user with this username exists', [{ path: 'username', message: 'is already taken' }]);
  }
  const [created] = await tx
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      unitId: input.unitId,
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  if (!created) throw new Error('insert returned no row');
  await w.audit({
    action: 'user.create',
    objectType: 'user',
    objectId: created.id,
    detail: { username: created.username, role: created.role, unitId: created.unitId },
  });
  return created;
}

export type UserPatch = { displayName?: string; role?: Role; unitId?: number | null; disabled?: boolean; unlock?: boolean };

export async function updateUser(w: Write, id: number, patch: UserPatch): Promise<UserRow> {
  const tx = w.tx;
  const [current] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  if (!current) throw notFound('No such user');
  const role = patch.role ?? (current.role as Role);
  const unitId = patch.unitId !== undefined ? patch.unitId : role === 'unit_liaison' ? current.unitId : null;
  await checkUserFields(tx, role, unitId);
  const [updated] = await tx
    .update(users)
    .set({
      displayName: patch.displayName ?? current.displayName,
      role,
      unitId,
      disabled: patch.disabled ?? current.disabled,
      ...(patch.unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning();
  if (!updated) throw notFound('No such user');
  // A disabled user, or one whose role or unit changed, must sign in again: old rights end at once.
  if (updated.disabled || role !== current.role || unitId !== current.unitId) await endUserSessions(tx, id);
  await w.audit({ action: 'user.update', objectType: 'user', objectId: id, detail: { ...patch } });
  return updated;
}

/**
 * Sets a user's password and ends the user's sessions, on every instance (the sessions table's
 * trigger announces each ended one): whoever had the old password is out. `keepSession` is the
 * token hash of the session that changed its own password, which stays.
 */
export async function setPassword(w: Write, user: UserRow, password: string, keepSession?: string): Promise<void> {
  const tx = w.tx;
  const problem = passwordProblem(password, user.username);
  if (problem) throw badRequest(`The password ${problem}`, [{ path: 'newPassword', message: problem }]);
  await tx.update(users).set({ passwordHash: await hashPassword(password), updatedAt: new Date() }).where(eq(users.id, user.id));
  await endUserSessions(tx, user.id, keepSession);
  await w.audit({ action: 'user.password_change', objectType: 'user', objectId: user.id, detail: { otherSessionsEnded: true } });
}

export async function listUsers(db: Queryable) {
  return db
    .select({ u: users, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(asc(users.username));
}

export async function countAdmins(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.role, 'office_admin'));
  return row?.n ?? 0;
}

/** A user's row, or 404 (locked for update when asked). */
export async function userRow(db: Queryable, id: number, lock = false): Promise<UserRow> {
  const q = db.select().from(users).where(eq(users.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('No such user');
  return row;
}

/** A unit's id and name, for a user's profile; null for none or an unknown id. */
export async function unitSummary(db: Queryable, unitId: number | null): Promise<{ id: number; name: string } | null> {
  if (unitId === null) return null;
  const [u] = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, unitId));
  return u ?? null;
}

/**
 * Checks a user's current password before a change of it, outside any transaction: the hash takes
 * a while, and nothing should wait on it.
 */
export async function checkOwnPassword(db: Queryable, userId: number, current: string): Promise<void> {
  const row = await userRow(db, userId).catch(() => null);
  if (!row || !(await verifyPassword(row.passwordHash, current))) throw badRequest('The current password is wrong', [{ path: 'currentPassword', message: 'is wrong' }]);
}

/** Changes a user's own password (checked first with checkOwnPassword); the session that changes it stays. */
export async function changeOwnPassword(w: Write, userId: number, next: string, keepSession: string | undefined): Promise<void> {
  await setPassword(w, await userRow(w.tx, userId), next, keepSession);
}

/** Sets a new password for a user who lost theirs (an administrator's step): ends their sessions and lifts a lock. */
export async function resetPassword(w: Write, userId: number, password: string, keepSession: string | undefined): Promise<void> {
  const row = await userRow(w.tx, userId, true);
  // The administrator's own session survives a reset of their own password; nobody else's does.
  await setPassword(w, row, password, row.id === w.actor.userId ? keepSession : undefined);
  await w.tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, row.id));
  await w.audit({ action: 'user.password_reset', objectType: 'user', objectId: row.id });
}

/**
 * Turns a user's two-factor sign-in off, for one who lost the device (an administrator's step):
 * their sessions end, and a role that must use it enrols again at the next sign-in.
 */
export async function resetTwoFactor(w: Write, userId: number, keepSession: string | undefined): Promise<UserRow> {
  const row = await userRow(w.tx, userId, true);
  const [updated] = await w.tx
    .update(users)
    .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, updatedAt: new Date() })
    .where(eq(users.id, row.id))
    .returning();
  await endUserSessions(w.tx, row.id, row.id === w.actor.userId ? keepSession : undefined);
  await w.audit({ action: 'user.totp_reset', objectType: 'user', objectId: row.id, detail: { hadTwoFactor: row.totpSecret !== null } });
  return updated ?? row;
}
