import { eq, sql } from 'drizzle-orm';
import { audit, type Actor } from '../../core/audit/audit.js';
import { verifyPassword } from '../../core/auth/passwords.js';
import { createSession } from '../../core/auth/sessions.js';
import { checkTotp } from '../../core/auth/totp.js';
import { mustEnrolTotp, type Role } from '../../core/auth/roles.js';
import { users } from '../../core/db/schema.js';
import { AppError, locked } from '../../core/errors.js';
import type { AppContext } from '../../core/http/context.js';
import { findUserByUsername } from './store.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type LoginResult =
  | { kind: 'session'; token: string; csrfToken: string; expiresAt: Date; totpEnrollmentRequired: boolean }
  | { kind: 'totp_required' };

const invalid = () => new AppError(401, 'invalid_credentials', 'Wrong username, password or code');

/**
 * Password (and TOTP) sign-in. Every attempt writes an audit row in the same transaction as the
 * counter it changes; five failures in a row lock the account, and a locked account is refused
 * even with the right password.
 */
export async function login(
  ctx: AppContext,
  actor: Actor,
  input: { username: string; password: string; totp?: string | undefined },
): Promise<LoginResult> {
  const user = await findUserByUsername(ctx.db, input.username);
  const base = { objectType: 'user', objectId: user?.id };
  const who: Actor = { ...actor, userId: user?.id ?? null, username: input.username };

  if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await audit(ctx.db, who, { action: 'auth.login', outcome: 'denied', ...base, detail: { reason: 'locked' } });
    const seconds = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000);
    throw locked(`Too many failed sign-ins: the account is locked for ${Math.ceil(seconds / 60)} more minutes`, seconds);
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || user.disabled || !passwordOk) {
    const reason = !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password';
    if (user && !user.disabled) await recordFailure(ctx, who, user.id, reason);
    else await audit(ctx.db, who, { action: 'auth.login', outcome: 'failure', ...base, detail: { reason } });
    throw invalid();
  }

  let totpStep: number | null = null;
  if (user.totpSecret) {
    if (!input.totp) {
      await audit(ctx.db, who, { action: 'auth.login_challenge', outcome: 'success', ...base, detail: { factor: 'totp' } });
      return { kind: 'totp_required' };
    }
    totpStep = checkTotp(ctx.secrets.open(user.totpSecret), input.totp, user.totpLastStep);
    if (totpStep === null) {
      await recordFailure(ctx, who, user.id, 'wrong_totp');
      throw invalid();
    }
  }

  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, ...(totpStep !== null ? { totpLastStep: totpStep } : {}) })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, ctx.config.SESSION_ABSOLUTE_HOURS);
    await audit(tx, who, { action: 'auth.login', outcome: 'success', ...base, detail: { factors: totpStep !== null ? 2 : 1 } });
    return { kind: 'session', ...session, totpEnrollmentRequired: mustEnrolTotp(user.role as Role, user.totpSecret !== null) };
  });
}

async function recordFailure(ctx: AppContext, who: Actor, userId: number, reason: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, userId))
      .returning({ failedLogins: users.failedLogins });
    await audit(tx, who, { action: 'auth.login', outcome: 'failure', objectType: 'user', objectId: userId, detail: { reason } });
    if ((row?.failedLogins ?? 0) >= MAX_FAILED_LOGINS) {
      const until = new Date(Date.now() + LOCK_MINUTES * 60_000);
      await tx.update(users).set({ lockedUntil: until, failedLogins: 0 }).where(eq(users.id, userId));
      await audit(tx, who, { action: 'auth.lockout', outcome: 'success', objectType: 'user', objectId: userId, detail: { until: until.toISOString() } });
    }
  });
}
