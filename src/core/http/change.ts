import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit as writeAudit, type Actor, type AuditEntry } from '../audit/audit.js';
import type { Tx } from '../db/client.js';
import { currentUser } from './context.js';
import {
  forgetStaleKey,
  idempotencyClaim,
  IdempotencyKeyTaken,
  keyTaken,
  publicIdempotencyClaim,
  PUBLIC_REPLAY_SECONDS,
  recordIdempotent,
  replay,
  type IdempotencyClaim,
} from './idempotency.js';

/** What a change's work is given: its transaction, who makes it, and the audit row writer bound to both. */
export type Write = {
  tx: Tx;
  actor: Actor;
  /** Records the change in the audit trail, in its transaction. */
  audit(entry: AuditEntry): Promise<void>;
  /** Says that the work found nothing to change (the state asked for is already so): no audit row is due. */
  noChange(): void;
};

export type ChangeOptions = {
  /**
   * Whether a retry with the same `Idempotency-Key` header gets the first answer: 'user' (the
   * key is the signed-in user's), 'public' (a citizen's random UUID, replayed for an hour), or
   * none. The request the key stands for is the route's params and body.
   */
  idempotent?: 'user' | 'public';
  /** A change that need not leave an audit row (a draft saved as it is typed). Every other must. */
  unaudited?: boolean;
};

export type Changed<T> = { value: T; replayed: boolean };

/**
 * The one way a route makes a change: the work runs in one transaction with the audit rows it
 * writes; a stored `Idempotency-Key` answer is replayed (and the same key with another request
 * refused); the audit sealer is woken once the change has committed. The work's value is what a
 * retry gets back, so it must be plain JSON (an id, a code), and the route presents it.
 */
export async function change<T>(req: FastifyRequest, work: (w: Write) => Promise<T>, opts: ChangeOptions = {}): Promise<Changed<T>> {
  const { ctx } = req.server;
  const claim = claimOf(req, opts);
  if (opts.idempotent === 'public') await forgetStaleKey(ctx.db, claim, PUBLIC_REPLAY_SECONDS);
  let audited = 0;
  let unchanged = false;
  try {
    // A retry whose key is stored is answered without running the work again.
    if (claim && (await keyTaken(ctx.db, claim))) throw new IdempotencyKeyTaken();
    const value = await ctx.db.transaction(async (tx) => {
      const w: Write = {
        tx,
        actor: req.actor,
        audit: async (entry) => {
          audited += 1;
          await writeAudit(tx, req.actor, entry);
        },
        noChange: () => {
          unchanged = true;
        },
      };
      const v = await work(w);
      if (audited === 0 && !unchanged && !opts.unaudited) throw new Error(`${req.method} ${req.routeOptions.url}: a change without an audit row`);
      await recordIdempotent(tx, claim, 200, { value: v ?? null });
      return v;
    });
    if (audited > 0) ctx.sealer.kick();
    return { value, replayed: false };
  } catch (err) {
    // Run again, the work may fail on what its first run did (a round that now exists, a version
    // already approved) before it reaches the key: a stored key answers all the same.
    const retried = claim !== null && !(err instanceof IdempotencyKeyTaken) && (await keyTaken(ctx.db, claim).catch(() => false));
    const { body } = await replay<{ value: T }>(ctx.db, ctx.secrets, claim, retried ? new IdempotencyKeyTaken() : err);
    return { value: body.value, replayed: true };
  }
}

/** The change's value for the answer, marked `idempotent-replayed` when it is a stored answer replayed. */
export function answered<T>(reply: FastifyReply, changed: { value: T; replayed: boolean }): T {
  if (changed.replayed) void reply.header('idempotent-replayed', 'true');
  return changed.value;
}

function claimOf(req: FastifyRequest, opts: ChangeOptions): IdempotencyClaim | null {
  if (!opts.idempotent) return null;
  const header = req.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  // The route is part of the request: one key sent to two routes of the same record is two requests.
  const request = { route: `${req.method} ${req.routeOptions.url ?? req.url}`, params: req.params ?? null, body: req.body ?? null };
  if (opts.idempotent === 'public') return publicIdempotencyClaim(key, request);
  return idempotencyClaim(`user:${currentUser(req).id}`, key, request);
}

/**
 * Records a read that must leave a trace (a reporter's identity viewed, a list exported) and wakes
 * the sealer: the read changes nothing else, so it needs no transaction of its own.
 */
export async function auditRead(req: FastifyRequest, entry: AuditEntry): Promise<void> {
  const { ctx } = req.server;
  await writeAudit(ctx.db, req.actor, entry);
  ctx.sealer.kick();
}

/** A Write outside a request (the scheduler, a command, the start-up import): a transaction and who acts. */
export function writeIn(tx: Tx, actor: Actor): Write {
  return { tx, actor, audit: (entry) => writeAudit(tx, actor, entry), noChange: () => undefined };
}
