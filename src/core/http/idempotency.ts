import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { SealedBox } from '../crypto/sm.js';
import type { Db, Queryable } from '../db/client.js';
import { idempotencyKeys } from '../db/tables.js';
import { AppError, badRequest } from '../errors.js';

/** A unique-key violation from either driver (drizzle wraps the driver's error as its cause). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return constraint === undefined || e.constraint === constraint || (e.message ?? '').includes(constraint);
  }
  return false;
}

/** An Idempotency-Key, checked, with the hash of the request it came with; null without a key. */
export type IdempotencyClaim = { scope: string; key: string; requestHash: string };

export function idempotencyClaim(scope: string, key: string | undefined, request: unknown): IdempotencyClaim | null {
  if (key === undefined) return null;
  if (!/^[\x21-\x7e]{8,200}$/.test(key)) {
    throw badRequest('Bad Idempotency-Key', [{ path: 'headers.idempotency-key', message: 'must be 8–200 printable ASCII characters' }]);
  }
  return { scope, key, requestHash: createHash('sha256').update(JSON.stringify(request)).digest('hex') };
}

/**
 * A portal key must be unguessable, since every citizen shares the scope: a random UUID
 * (version 4: 122 random bits), as crypto.randomUUID() makes. Any other form is refused.
 */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** A portal key answers its retries for an hour; after that it is forgotten (retries come within minutes). */
export const PUBLIC_REPLAY_SECONDS = 3600;

export function publicIdempotencyClaim(key: string | undefined, request: unknown): IdempotencyClaim | null {
  if (key === undefined) return null;
  if (!UUID_V4.test(key)) {
    throw badRequest('Bad Idempotency-Key', [{ path: 'headers.idempotency-key', message: 'must be a random UUID (version 4)' }]);
  }
  return idempotencyClaim('public', key.toLowerCase(), request);
}

/** Forgets the claim's key when it was stored more than `seconds` ago, so that it replays nothing after its window. */
export async function forgetStaleKey(db: Queryable, claim: IdempotencyClaim | null, seconds: number): Promise<void> {
  if (!claim) return;
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key), sql`${idempotencyKeys.createdAt} < now() - make_interval(secs => ${seconds})`));
}

/**
 * Claims the key inside the transaction that does the work, with the answer to give a retry: a
 * twin that committed first makes this insert fail, the work rolls back, and `replay` answers.
 */
export async function recordIdempotent(tx: Queryable, claim: IdempotencyClaim | null, status: number, plain: object): Promise<void> {
  if (!claim) return;
  await tx.insert(idempotencyKeys).values({ scope: claim.scope, key: claim.key, requestHash: claim.requestHash, status, response: { plain } });
}

/** Work that found its Idempotency-Key already stored, and so did nothing: `replay` answers. */
export class IdempotencyKeyTaken extends Error {
  constructor() {
    super('Idempotency-Key already used');
  }
}

/** Whether the key has been stored, by an earlier request or a twin that committed first. */
export async function keyTaken(q: Queryable, claim: IdempotencyClaim): Promise<boolean> {
  const [row] = await q
    .select({ key: idempotencyKeys.key })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
  return row !== undefined;
}

/**
 * The original answer for a request whose work failed on its Idempotency-Key's unique row, or
 * found it taken (a retry, or a concurrent twin that committed first); rethrows any other error.
 * The stored answer is `{ plain?, sealed? }`: fields built in SQL, and fields sealed because they
 * are secret.
 */
export async function replay<T>(db: Db, box: SealedBox, claim: IdempotencyClaim | null, err: unknown): Promise<{ status: number; body: T }> {
  if (claim === null || !(err instanceof IdempotencyKeyTaken || isUniqueViolation(err, 'idempotency_keys_scope_key_pk'))) throw err;
  const { scope, key, requestHash } = claim;
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
  const stored = row.response as { plain?: object | null; sealed?: string | null };
  const body = { ...(stored.plain ?? {}), ...(stored.sealed ? (JSON.parse(box.open(stored.sealed)) as object) : {}) };
  return { status: row.status, body: body as T };
}
