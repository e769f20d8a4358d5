import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../core/db/client.js';
import { signInAddresses, users } from '../../core/db/tables.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** An address stays known to a user this long after the user's last sign-in from it. */
export const KNOWN_ADDRESS_DAYS = 90;
const knownSince = () => new Date(Date.now() - KNOWN_ADDRESS_DAYS * 86_400_000);

/**
 * Claims one password check on an account, before the check, in one statement: counts it, and
 * locks the account when this is the last attempt allowed (the attempt itself still goes on). A
 * locked account grants nothing until the lock ends; concurrent claims wait for one another on
 * the row, so no more than MAX_FAILED_LOGINS checks ever run between two locks. Null when
 * refused; otherwise whether this claim set the lock.
 */
export async function claimAccountAttempt(db: Queryable, userId: number): Promise<{ lockedUntil: Date | null } | null> {
  const next = sql`case when ${users.lockedUntil} is null then ${users.failedLogins} + 1 else 1 end`;
  const [row] = await rows<{ locked_until: Date | string | null }>(
    db,
    sql`update users set failed_logins = ${next},
          locked_until = case when ${next} >= ${MAX_FAILED_LOGINS} then now() + make_interval(mins => ${LOCK_MINUTES}) end
        where id = ${userId} and (locked_until is null or locked_until <= now())
        returning locked_until`,
  );
  if (!row) return null;
  return { lockedUntil: row.locked_until === null ? null : new Date(row.locked_until) };
}

/** Gives a claim back (the password was right, the second factor is still to come); lifts the lock only if this claim set it. */
export async function releaseAccountAttempt(db: Queryable, userId: number, setTheLock: boolean): Promise<void> {
  await db
    .update(users)
    .set({ failedLogins: sql`greatest(${users.failedLogins} - 1, 0)`, ...(setTheLock ? { lockedUntil: null } : {}) })
    .where(eq(users.id, userId));
}

export async function isKnownAddress(db: Queryable, userId: number, address: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: signInAddresses.userId })
    .from(signInAddresses)
    .where(and(eq(signInAddresses.userId, userId), eq(signInAddresses.address, address), gt(signInAddresses.lastSuccessAt, knownSince())));
  return row !== undefined;
}

/** Remembers a successful sign-in's address (a keyed hash), and forgets the user's addresses not used for long. */
export async function rememberAddress(tx: Queryable, userId: number, address: string): Promise<void> {
  await tx
    .insert(signInAddresses)
    .values({ userId, address })
    .onConflictDoUpdate({ target: [signInAddresses.userId, signInAddresses.address], set: { lastSuccessAt: sql`now()` } });
  await tx.delete(signInAddresses).where(and(eq(signInAddresses.userId, userId), lt(signInAddresses.lastSuccessAt, knownSince())));
}
