import { eq, lt, or } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { sessions, users } from '../db/schema.js';
import type { AppContext, SessionUser } from '../http/context.js';
import { mustEnrolTotp, type Role } from './roles.js';
import { newToken, tokenHash } from './tokens.js';

export const SESSION_COOKIE = 'zf_session';
// Writing last_seen_at on every request would turn every read into a write.
const TOUCH_AFTER_MS = 60_000;

export function toSessionUser(u: typeof users.$inferSelect): SessionUser {
  const role = u.role as Role;
  const totpEnabled = u.totpSecret !== null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role,
    unitId: u.unitId,
    totpEnabled,
    totpEnrollmentRequired: mustEnrolTotp(role, totpEnabled),
  };
}

export async function createSession(
  tx: Queryable,
  userId: number,
  absoluteHours: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + absoluteHours * 3600_000);
  await tx.insert(sessions).values({ tokenHash: tokenHash(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** The session for a cookie token, or null when unknown, expired, idle too long, or its user is disabled. */
export async function loadSession(
  ctx: Pick<AppContext, 'db' | 'config'>,
  token: string,
): Promise<{ user: SessionUser; tokenHash: string; csrfToken: string } | null> {
  const hash = tokenHash(token);
  const [found] = await ctx.db
    .select({ s: sessions, u: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hash))
    .limit(1);
  if (!found) return null;
  const now = Date.now();
  const idleLimit = ctx.config.SESSION_IDLE_MINUTES * 60_000;
  if (found.u.disabled || found.s.expiresAt.getTime() <= now || now - found.s.lastSeenAt.getTime() > idleLimit) {
    await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hash));
    return null;
  }
  if (now - found.s.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await ctx.db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.tokenHash, hash));
  }
  return { user: toSessionUser(found.u), tokenHash: hash, csrfToken: found.s.csrfToken };
}

export async function endSession(tx: Queryable, hash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, hash));
}

export async function endUserSessions(tx: Queryable, userId: number): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: Queryable, idleMinutes: number): Promise<void> {
  const now = new Date();
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMinutes * 60_000))));
}
