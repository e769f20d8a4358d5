import { eq } from 'drizzle-orm';
import { audit, type Actor } from '../../core/audit/audit.js';
import { verifyPassword } from '../../core/auth/passwords.js';
import { createSession } from '../../core/auth/sessions.js';
import { checkTotp } from '../../core/auth/totp.js';
import { mustEnrolTotp, type Role } from '../../core/auth/roles.js';
import { users } from '../../core/db/tables.js';
import { problem } from '../../core/errors.js';
import { problems } from './contract.js';
import type { AppContext } from '../../core/http/context.js';
import { addressBucket, addressHash, claimRateLimit, releaseRateLimit, tooManyRequests } from '../../core/http/rate-limit.js';
import { findUserByUsername } from './store.js';
import { claimAccountAttempt, isKnownAddress, LOCK_MINUTES, MAX_FAILED_LOGINS, releaseAccountAttempt, rememberAddress } from './throttle.js';

export { LOCK_MINUTES, MAX_FAILED_LOGINS } from './throttle.js';
/** Failed sign-ins one address may make (to any accounts) per window, users at their known addresses aside. */
export const LOGIN_FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = LOCK_MINUTES * 60;

export type LoginResult =
  | { kind: 'session'; token: string; csrfToken: string; expiresAt: Date; totpEnrollmentRequired: boolean }
  | { kind: 'totp_required' };

// One answer for an unknown user, a disabled or locked account and a wrong password or code, so
// that the answer tells nobody which accounts exist or are locked; the audit row tells the office.
const invalid = () =>
  problem(problems, 'invalid_credentials', `Wrong username, password or code (after ${MAX_FAILED_LOGINS} failed attempts, wait ${LOCK_MINUTES} minutes)`);

/** What an attempt has claimed before its password is checked, and how to give it back. */
type Claims = { granted: boolean; lockedUntil: Date | null; release(): Promise<void> };

/**
 * Password (and TOTP) sign-in. Every attempt claims its place before the password is checked,
 * so that attempts sent together cannot get past the limits:
 * - from an address the user has signed in from before, MAX_FAILED_LOGINS failures per window
 *   for this user at this address; the account's lock does not apply there, so that nobody
 *   elsewhere can lock the user out;
 * - from any other address, MAX_FAILED_LOGINS failures in a row lock the account for
 *   LOCK_MINUTES, and the address may fail LOGIN_FAILURES_PER_ADDRESS times per window in all.
 * A refused attempt still runs a password hash, so that it takes as long as any other.
 */
export async function login(
  ctx: AppContext,
  actor: Actor,
  input: { username: string; password: string; totp?: string | undefined },
  ip: string,
): Promise<LoginResult> {
  const user = await findUserByUsername(ctx.db, input.username);
  const base = { objectType: 'user', objectId: user?.id };
  const who: Actor = { ...actor, userId: user?.id ?? null, username: input.username };
  const address = addressHash(ctx, ip);
  const addressLimit = addressBucket(ctx, 'login', ip);
  const known = user ? await isKnownAddress(ctx.db, user.id, address) : false;

  const claims = await claim(ctx, user?.id ?? null, addressLimit, known);
  if ('retryAfter' in claims) {
    await audit(ctx.db, who, { action: 'auth.login', outcome: 'denied', ...base, detail: { reason: 'address_limit' } });
    throw tooManyRequests(claims.retryAfter, 'Too many failed sign-ins from this address');
  }
  const passwordOk = await verifyPassword(user && claims.granted ? user.passwordHash : null, input.password);
  if (!user || !claims.granted || user.disabled || !passwordOk) {
    const reason = !user ? 'unknown_user' : !claims.granted ? 'locked' : user.disabled ? 'disabled' : 'wrong_password';
    await recordFailure(ctx, who, base, reason, claims.lockedUntil);
    throw invalid();
  }

  let totpStep: number | null = null;
  if (user.totpSecret) {
    if (!input.totp) {
      // The password was right: the attempt is not a failure, and its claims go back.
      await claims.release();
      await audit(ctx.db, who, { action: 'auth.login_challenge', outcome: 'success', ...base, detail: { factor: 'totp' } });
      return { kind: 'totp_required' };
    }
    totpStep = checkTotp(ctx.secrets.open(user.totpSecret), input.totp, user.totpLastStep);
    if (totpStep === null) {
      await recordFailure(ctx, who, base, 'wrong_totp', claims.lockedUntil);
      throw invalid();
    }
  }

  const result = await ctx.db.transaction(async (tx) => {
    // At a known address the account's lock, set by failures elsewhere, stays for the others.
    const set = { ...(known ? {} : { failedLogins: 0, lockedUntil: null }), ...(totpStep !== null ? { totpLastStep: totpStep } : {}) };
    if (Object.keys(set).length > 0) await tx.update(users).set(set).where(eq(users.id, user.id));
    await rememberAddress(tx, user.id, address);
    const session = await createSession(tx, user.id, ctx.config.SESSION_ABSOLUTE_HOURS);
    await audit(tx, who, { action: 'auth.login', outcome: 'success', ...base, detail: { factors: totpStep !== null ? 2 : 1, knownAddress: known } });
    return { kind: 'session' as const, ...session, totpEnrollmentRequired: mustEnrolTotp(user.role as Role, user.totpSecret !== null) };
  });
  if (known) await claims.release();
  else await releaseRateLimit(ctx.db, addressLimit);
  return result;
}

/**
 * The attempt's claims (see login), or the seconds to wait when the address has used up its
 * failures. `addressLimit` is the address's bucket; a user at a known address has its own below it.
 */
async function claim(ctx: AppContext, userId: number | null, addressLimit: string, known: boolean): Promise<Claims | { retryAfter: number }> {
  if (userId !== null && known) {
    const bucket = `${addressLimit}:user:${userId}`;
    const { ok } = await claimRateLimit(ctx.db, bucket, MAX_FAILED_LOGINS, WINDOW_SECONDS);
    return { granted: ok, lockedUntil: null, release: () => releaseRateLimit(ctx.db, bucket) };
  }
  const here = await claimRateLimit(ctx.db, addressLimit, LOGIN_FAILURES_PER_ADDRESS, WINDOW_SECONDS);
  if (!here.ok) return { retryAfter: here.retryAfter };
  if (userId === null) return { granted: false, lockedUntil: null, release: () => releaseRateLimit(ctx.db, addressLimit) };
  const account = await claimAccountAttempt(ctx.db, userId);
  return {
    granted: account !== null,
    lockedUntil: account?.lockedUntil ?? null,
    release: async () => {
      await releaseRateLimit(ctx.db, addressLimit);
      if (account) await releaseAccountAttempt(ctx.db, userId, account.lockedUntil !== null);
    },
  };
}

/** The audit rows of a failed attempt: its reason, and the lock when this attempt's claim set it. */
async function recordFailure(ctx: AppContext, who: Actor, base: { objectType: string; objectId?: number | undefined }, reason: string, lockedUntil: Date | null): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await audit(tx, who, { action: 'auth.login', outcome: reason === 'locked' ? 'denied' : 'failure', ...base, detail: { reason } });
    if (lockedUntil) await audit(tx, who, { action: 'auth.lockout', outcome: 'success', ...base, detail: { until: lockedUntil.toISOString() } });
  });
}
