import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Database, Queryable } from '../db/client.js';
import { sessions } from '../db/tables.js';
import type { AppContext, SessionUser } from '../http/context.js';
import { mustEnrolTotp, type Role } from './roles.js';
import type { SessionRecord } from './session-cache.js';
import { newToken, tokenHash } from './tokens.js';

export const SESSION_COOKIE = 'zf_session';
// Writing last_seen_at on every request would turn every read into a write.
const TOUCH_AFTER_MS = 60_000;

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

const SESSION_LOOKUP = `
select s.csrf_token, s.expires_at, s.last_seen_at, u.id, u.username, u.display_name, u.role, u.unit_id,
       un.jurisdiction_id, u.viewing_campaign_id, u.totp_secret is not null as totp_enabled, u.disabled
from sessions s join users u on u.id = s.user_id left join units un on un.id = u.unit_id
where s.token_hash = $1`;

type LookupRow = {
  csrf_token: string;
  expires_at: Date | string;
  last_seen_at: Date | string;
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_id: number | null;
  jurisdiction_id: number | null;
  viewing_campaign_id: number | null;
  totp_enabled: boolean;
  disabled: boolean;
};

async function readSession(database: Database, hash: string): Promise<SessionRecord | null> {
  const [r] = await database.query<LookupRow>(SESSION_LOOKUP, [hash], 'session_lookup');
  if (!r) return null;
  return {
    user: {
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      unitId: r.unit_id,
      jurisdictionId: r.jurisdiction_id,
      viewingCampaignId: r.viewing_campaign_id,
      totpEnabled: r.totp_enabled,
      totpEnrollmentRequired: mustEnrolTotp(r.role, r.totp_enabled),
    },
    disabled: r.disabled,
    csrfToken: r.csrf_token,
    expiresAt: new Date(r.expires_at).getTime(),
    lastSeenAt: new Date(r.last_seen_at).getTime(),
  };
}

/** The session for a cookie token, or null when unknown, expired, idle too long, or its user is disabled. */
export async function loadSession(
  ctx: Pick<AppContext, 'database' | 'config' | 'sessionCache'>,
  token: string,
): Promise<{ user: SessionUser; tokenHash: string; csrfToken: string } | null> {
  const hash = tokenHash(token);
  const now = Date.now();
  const cache = ctx.sessionCache;
  let found = cache.get(hash, now);
  if (!found) {
    const mark = cache.mark();
    const read = await readSession(ctx.database, hash);
    if (!read) return null;
    found = read;
    cache.put(hash, found, mark, now);
  }
  const idleLimit = ctx.config.SESSION_IDLE_MINUTES * 60_000;
  if (found.disabled || found.expiresAt <= now || now - found.lastSeenAt > idleLimit) {
    cache.forgetSession(hash);
    await ctx.database.query('delete from sessions where token_hash = $1', [hash], 'session_end');
    return null;
  }
  if (now - found.lastSeenAt > TOUCH_AFTER_MS) {
    await ctx.database.query('update sessions set last_seen_at = $2 where token_hash = $1', [hash, new Date(now)], 'session_touch');
    cache.touch(hash, now);
  }
  return { user: found.user, tokenHash: hash, csrfToken: found.csrfToken };
}

export async function endSession(tx: Queryable, hash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, hash));
}

/** Ends every session of the user, but `keep` (the token hash of the session asking) when given. */
export async function endUserSessions(tx: Queryable, userId: number, keep?: string): Promise<void> {
  await tx.delete(sessions).where(keep === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)));
}

export async function purgeExpiredSessions(db: Queryable, idleMinutes: number): Promise<void> {
  const now = new Date();
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMinutes * 60_000))));
}
