import { asc, desc, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import { chainMac } from './chain.js';

const SEAL_LOCK = 7_310_002;
const BATCH = 500;

/**
 * Gives committed, unsealed audit rows their place in the chain. Writers never wait for it: they
 * insert unsealed rows in their own transactions, and one sealer at a time (cluster-wide, by a
 * transaction-level advisory try-lock) links them in the order it finds them committed.
 * Returns how many rows it sealed.
 */
export async function sealPending(db: Db, key: Buffer): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.transaction(async (tx) => {
      const [lock] = await rows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as ok`);
      if (!lock?.ok) return -1;
      const pending = await tx.select().from(auditLog).where(isNull(auditLog.seq)).orderBy(asc(auditLog.id)).limit(BATCH);
      if (pending.length === 0) return 0;
      const [head] = await tx
        .select({ seq: auditLog.seq, mac: auditLog.mac })
        .from(auditLog)
        .where(isNotNull(auditLog.seq))
        .orderBy(desc(auditLog.seq))
        .limit(1);
      let prev = { seq: head?.seq ?? 0, mac: head?.mac ?? '' };
      const ids: number[] = [];
      const macs: string[] = [];
      for (const row of pending) {
        const seq = prev.seq + 1;
        const mac = chainMac(key, prev.mac, seq, row);
        prev = { seq, mac };
        ids.push(row.id);
        macs.push(mac);
      }
      // Three array parameters rather than three per row: the ids and MACs are digits and hex.
      await tx.execute(sql`
        update audit_log a set seq = ${prev.seq - pending.length}::bigint + v.n, mac = v.mac, sealed_at = now()
        from unnest(${`{${ids.join(',')}}`}::bigint[], ${`{${macs.join(',')}}`}::text[]) with ordinality as v(id, mac, n)
        where a.id = v.id`);
      return pending.length;
    });
    if (sealed <= 0) return total;
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

/**
 * Runs the sealer shortly after commits, coalescing the commits of a burst into one batch, and on
 * a timer for rows that other instances left.
 */
export class AuditSealer {
  private timer: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    private readonly onError: (err: unknown) => void,
    private readonly coalesceMs = 100,
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

  private run(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await sealPending(this.db, this.key);
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
}
