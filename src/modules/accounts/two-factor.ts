import { eq } from 'drizzle-orm';
import { checkTotp } from '../../core/auth/totp.js';
import type { SealedBox } from '../../core/crypto/sm.js';
import { users } from '../../core/db/tables.js';
import { badRequest, problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import { problems } from './contract.js';
import { userRow } from './store.js';

/** Starts two-factor enrolment: the new secret is kept sealed as pending until a code confirms it. */
export async function startTotp(w: Write, userId: number, sealedSecret: string): Promise<void> {
  await w.tx.update(users).set({ totpPendingSecret: sealedSecret }).where(eq(users.id, userId));
  await w.audit({ action: 'auth.totp_setup', objectType: 'user', objectId: userId });
}

/** Confirms enrolment with a code from the pending secret, which becomes the user's. */
export async function enableTotp(w: Write, userId: number, secrets: SealedBox, code: string): Promise<void> {
  const row = await userRow(w.tx, userId);
  if (!row.totpPendingSecret) throw problem(problems, 'totp_not_started', 'Start enrolment first (POST /api/auth/totp/setup)');
  const step = checkTotp(secrets.open(row.totpPendingSecret), code, null);
  if (step === null) throw badRequest('The code is wrong or expired', [{ path: 'code', message: 'does not match' }]);
  await w.tx.update(users).set({ totpSecret: row.totpPendingSecret, totpPendingSecret: null, totpLastStep: step }).where(eq(users.id, userId));
  await w.audit({ action: 'auth.totp_enable', objectType: 'user', objectId: userId });
}
