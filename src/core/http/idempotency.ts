import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SealedBox } from '../crypto/sm.js';
import type { Db, Tx } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import { AppError, badRequest } from '../errors.js';

export type Outcome<T> = { status: number; body: T; replayed: boolean };

/** A unique-key violation from either driver (drizzle wraps the driver's error as its cause). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return constraint === undefined || e.constraint === constraint || (e.message ?? '').includes(constraint);
  }
  return false;
}

/**
 * Runs `work` in a transaction once per Idempotency-Key: a retried request gets the original
 * answer, never a second record; the same key with a different body is refused. The stored
 * answer is sealed, since it may carry a receipt that must not sit in the database in clear.
 */
export async function idempotent<T>(
  db: Db,
  box: SealedBox,
  scope: string,
  key: string | undefined,
  request: unknown,
  work: (tx: Tx) => Promise<{ status: number; body: T }>,
): Promise<Outcome<T>> {
  if (key === undefined) return { ...(await db.transaction(work)), replayed: false };
  if (!/^[\x21-\x7e]{8,200}$/.test(key)) {
    throw badRequest('Bad Idempotency-Key', [{ path: 'headers.idempotency-key', message: 'must be 8–200 printable ASCII characters' }]);
  }
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      // Claimed last, in the same transaction: a concurrent twin waits on this row, then fails
      // on it and answers from it, so the work is never done twice and nobody waits for a lock up front.
      await tx.insert(idempotencyKeys).values({ scope, key, requestHash, status: result.status, response: { sealed: box.seal(JSON.stringify(result.body)) } });
      return { ...result, replayed: false };
    });
  } catch (err) {
    if (!isUniqueViolation(err, 'idempotency_keys_scope_key_pk')) throw err;
  }
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!row) throw new AppError(409, 'in_progress', 'A request with this Idempotency-Key is still being processed');
  if (row.requestHash !== requestHash) {
    throw new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request', [
      { path: 'headers.idempotency-key', message: 'was used with a different body' },
    ]);
  }
  const sealed = (row.response as { sealed: string }).sealed;
  return { status: row.status, body: JSON.parse(box.open(sealed)) as T, replayed: true };
}
