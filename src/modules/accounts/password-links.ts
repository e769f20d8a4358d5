import { and, eq, gt, isNull } from 'drizzle-orm';
import { newToken, tokenHash } from '../../core/auth/tokens.js';
import { passwordResetTokens, users } from '../../core/db/tables.js';
import type { Write } from '../../core/http/change.js';
import { setPassword, userRow } from './store.js';

/** How long a password link stays good: long enough to hand over, short enough not to linger. */
export const LINK_HOURS = 24;

/**
 * A one-time link for a user who lost their password (an administrator's step, as for the first
 * administrator): only the token's hash is kept, and the user's earlier unused links stop working.
 * Nothing else changes until the link is used.
 */
export async function issuePasswordLink(w: Write, userId: number): Promise<{ token: string; expiresAt: Date }> {
  const row = await userRow(w.tx, userId, true);
  await w.tx.delete(passwordResetTokens).where(and(eq(passwordResetTokens.userId, row.id), isNull(passwordResetTokens.usedAt)));
  const token = newToken();
  const expiresAt = new Date(Date.now() + LINK_HOURS * 3600_000);
  await w.tx.insert(passwordResetTokens).values({ tokenHash: tokenHash(token), userId: row.id, createdBy: w.actor.userId, expiresAt });
  await w.audit({ action: 'user.password_link', objectType: 'user', objectId: row.id, detail: { expiresAt: expiresAt.toISOString() } });
  return { token, expiresAt };
}

/**
 * Sets the password with a link: the link is used up, every session of the user ends and a lock
 * is lifted. Returns the user's id; null for a link that is unknown, used, expired or for a disabled account (one answer
 * for all, so a guess learns nothing).
 */
export async function usePasswordLink(w: Write, token: string, password: string): Promise<number | null> {
  const hash = tokenHash(token);
  const [link] = await w.tx
    .select()
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
    .for('update');
  const user = link ? await userRow(w.tx, link.userId, true) : null;
  if (!link || !user || user.disabled) {
    await w.audit({ action: 'user.password_link_used', outcome: 'denied' });
    return null;
  }
  // The password's rules are checked first: a refused password leaves the link usable.
  await setPassword(w, user, password);
  await w.tx.update(passwordResetTokens).set({ usedAt: new Date() }).where(eq(passwordResetTokens.tokenHash, hash));
  await w.tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  await w.audit({ action: 'user.password_link_used', objectType: 'user', objectId: user.id });
  return user.id;
}
