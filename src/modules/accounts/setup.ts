import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Write } from '../../core/http/change.js';
import { newToken, tokenHash } from '../../core/auth/tokens.js';
import type { Queryable } from '../../core/db/client.js';
import { setupTokens } from '../../core/db/tables.js';
import { countAdmins, createUser, type UserRow } from './store.js';

const SETUP_HOURS = 24;

/**
 * On a fresh install (no administrator yet) makes a one-time setup token; earlier unused tokens
 * stop working. Returns null when an administrator exists.
 */
export async function issueSetupToken(tx: Queryable): Promise<string | null> {
  if ((await countAdmins(tx)) > 0) return null;
  await tx.delete(setupTokens).where(isNull(setupTokens.usedAt));
  const token = newToken();
  await tx.insert(setupTokens).values({ tokenHash: tokenHash(token), expiresAt: new Date(Date.now() + SETUP_HOURS * 3600_000) });
  return token;
}

/** Creates the first administrator if the token is valid and unused; null otherwise. */
export async function completeSetup(w: Write, input: { token: string; username: string; displayName: string; password: string },
): Promise<UserRow | null> {
  const tx = w.tx;
  const hash = tokenHash(input.token);
  const [row] = await tx
    .select()
    .from(setupTokens)
    .where(and(eq(setupTokens.tokenHash, hash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, new Date())))
    .limit(1);
  if (!row || (await countAdmins(tx)) > 0) {
    await w.audit({ action: 'setup.first_admin', outcome: 'denied' });
    return null;
  }
  await tx.update(setupTokens).set({ usedAt: new Date() }).where(eq(setupTokens.tokenHash, hash));
  const user = await createUser(w, { ...input, role: 'office_admin', unitId: null });
  await w.audit({ action: 'setup.first_admin', objectType: 'user', objectId: user.id });
  return user;
}
