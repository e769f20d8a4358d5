import { and, asc, desc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/client.js';
import { auditLog, auditRefusals } from '../db/tables.js';
import { appendCheckpoint, signCheckpoint, type Checkpoint } from './anchor.js';
import { chainMac, goesBackwards, insertMacProblem } from './chain.js';

const SEAL_LOCK = 7_310_002;
const BATCH = 500;

/** An unsealed row the sealer would not put into the chain, and why. */
export type Refusal = { id: number; reason: string };

/**
 * Gives committed, unsealed audit rows their place in the chain. Writers never wait for it: they
 * insert unsealed rows in their own transactions, and one sealer at a time (cluster-wide, by a
 * transaction-level advisory try-lock) links them in the order it finds them committed.
 * It refuses, and leaves unsealed, a row without a valid insert MAC (one the application did not
 * write, or rewrote after its seals were nulled) and a row that goes back in time from the one
 * before it; each refused row is set aside in `audit_refusals`, read no more by later passes, and
 * `onRefused` hears of it once.
 * Rows sealed before insert MACs existed end with a row without one: until the first row with an
 * insert MAC is sealed after them, rows without one are still sealed, so that an upgrade seals
 * what the previous version wrote.
 * Returns how many rows it sealed.
 */
export async function sealPending(db: Db, key: Buffer, onRefused: (r: Refusal) => void = () => undefined): Promise<number> {
  let total = 0;
  let after = 0;
  for (;;) {
    const refused: Refusal[] = [];
    const batch = await db.transaction(async (tx) => {
      const [lock] = await rows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as ok`);
      if (!lock?.ok) return null;
      const pending = await tx
        .select()
        .from(auditLog)
        .where(and(isNull(auditLog.seq), gt(auditLog.id, after), sql`not exists (select 1 from audit_refusals r where r.id = ${auditLog.id})`))
        .orderBy(asc(auditLog.id))
        .limit(BATCH);
      if (pending.length === 0) return { found: 0, sealed: 0, lastId: after };
      const [head] = await tx
        .select({ seq: auditLog.seq, mac: auditLog.mac, ts: auditLog.ts, imac: auditLog.imac })
        .from(auditLog)
        .where(isNotNull(auditLog.seq))
        .orderBy(desc(auditLog.seq))
        .limit(1);
      let prev = { seq: head?.seq ?? 0, mac: head?.mac ?? '', ts: head?.ts ?? null };
      let legacy = head !== undefined && head.imac === null;
      const ids: number[] = [];
      const macs: string[] = [];
      for (const row of pending) {
        const reason =
          (legacy && row.imac === null ? null : insertMacProblem(key, row)) ??
          (goesBackwards(prev.ts, row.ts) ? `goes back in time: ${row.ts.toISOString()} after a row of ${prev.ts?.toISOString()}` : null);
        if (reason) {
          refused.push({ id: row.id, reason });
          continue;
        }
        if (row.imac !== null) legacy = false;
        const seq = prev.seq + 1;
        const mac = chainMac(key, prev.mac, seq, row);
        prev = { seq, mac, ts: row.ts };
        ids.push(row.id);
        macs.push(mac);
      }
      if (refused.length > 0) await tx.insert(auditRefusals).values(refused).onConflictDoNothing();
      // Three array parameters rather than three per row: the ids and MACs are digits and hex.
      if (ids.length > 0) {
        await tx.execute(sql`
          update audit_log a set seq = ${prev.seq - ids.length}::bigint + v.n, mac = v.mac, sealed_at = now()
          from unnest(${`{${ids.join(',')}}`}::bigint[], ${`{${macs.join(',')}}`}::text[]) with ordinality as v(id, mac, n)
          where a.id = v.id`);
      }
      return { found: pending.length, sealed: ids.length, lastId: pending[pending.length - 1]?.id ?? after };
    });
    refused.forEach(onRefused);
    if (batch === null) return total;
    total += batch.sealed;
    after = batch.lastId;
    if (batch.found < BATCH) return total;
  }
}

/** Where and how often the sealer anchors the chain outside the database. */
export type AnchorOptions = { file: string; everyMs: number; log: (data: Record<string, unknown>, msg: string) => void };

/**
 * Runs the sealer shortly after commits, coalescing the commits of a burst into one batch, and on
 * a timer for rows that other instances left. With `anchor`, it also writes a signed checkpoint
 * of the chain's head to a file (and the log) at most every `everyMs` and when it stops; every
 * instance does, whoever sealed, so each instance's file anchors the whole chain.
 */
export class AuditSealer {
  private timer: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private lastCheckpoint: Checkpoint | null = null;
  private lastCheckpointAt = 0;

  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    private readonly onError: (err: unknown) => void,
    private readonly coalesceMs = 100,
    private readonly anchor: AnchorOptions | null = null,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => this.run(), intervalMs);
    this.timer.unref();
  }

  /** Asks for a seal soon; cheap to call after every commit. */
  kick(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.run();
    }, this.coalesceMs);
  }

  /** Seals what is pending now; the rows it refused are reported in one error per pass. */
  async seal(): Promise<number> {
    const refused: Refusal[] = [];
    const sealed = await sealPending(this.db, this.key, (r) => refused.push(r));
    if (refused.length > 0) {
      const shown = refused.slice(0, 5).map((r) => `${r.id} (${r.reason})`).join('; ');
      this.onError(new Error(`${refused.length} audit row(s) refused by the sealer: ${shown}${refused.length > 5 ? '; …' : ''}`));
    }
    return sealed;
  }

  /**
   * Appends a signed checkpoint of the chain's head to the anchor file, unless the head has not
   * moved or (without `force`) the last one is recent. Says so in the log when the row of the
   * previous checkpoint no longer carries its MAC: the chain was cut or rewritten meanwhile.
   */
  async checkpoint(force = false): Promise<Checkpoint | null> {
    if (!this.anchor) return null;
    if (!force && Date.now() - this.lastCheckpointAt < this.anchor.everyMs) return null;
    this.lastCheckpointAt = Date.now();
    const [head] = await this.db.select({ seq: auditLog.seq, mac: auditLog.mac }).from(auditLog).where(isNotNull(auditLog.seq)).orderBy(desc(auditLog.seq)).limit(1);
    if (!head?.seq || !head.mac) return null;
    const before = this.lastCheckpoint;
    if (before && before.seq === head.seq && before.mac === head.mac) return null;
    if (before) {
      const [row] = await this.db.select({ mac: auditLog.mac }).from(auditLog).where(eq(auditLog.seq, before.seq));
      if (row?.mac !== before.mac) this.onError(new Error(`audit chain changed since the checkpoint of ${before.at}: row seq ${before.seq} is ${row ? 'rewritten' : 'gone'}`));
    }
    const c = signCheckpoint(this.key, { seq: head.seq, mac: head.mac });
    appendCheckpoint(this.anchor.file, c);
    this.anchor.log({ seq: c.seq, mac: c.mac, at: c.at, sig: c.sig }, 'audit checkpoint');
    this.lastCheckpoint = c;
    return c;
  }

  private run(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.seal();
          await this.checkpoint();
        } catch (err) {
          this.onError(err);
        }
      } while (this.again);
      this.running = null;
    })();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = null;
    this.pending = null;
    await this.running;
  }

  /** After stop(): seals what is left and anchors the final head. */
  async flush(): Promise<void> {
    await this.seal();
    await this.checkpoint(true);
  }
}
