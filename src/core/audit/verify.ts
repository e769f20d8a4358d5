import { and, asc, count, gt, isNotNull, isNull, lt } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import { checkSegment, type ChainBreak, type SealedRow } from './chain.js';

export type VerifyResult = {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
  /** Rows still unsealed longer than the grace period: a sealer is not running. */
  unsealed: number;
};

const PAGE = 2000;

/** Walks the whole chain in seq order and names the first row whose MAC does not hold. */
export async function verifyChain(db: Queryable, key: Buffer, unsealedGraceSeconds = 10): Promise<VerifyResult> {
  let checked = 0;
  let prev: { seq: number; mac: string } | null = null;
  for (;;) {
    const page: SealedRow[] = (
      await db
        .select()
        .from(auditLog)
        .where(and(isNotNull(auditLog.seq), gt(auditLog.seq, prev?.seq ?? 0)))
        .orderBy(asc(auditLog.seq))
        .limit(PAGE)
    ).map((r) => ({ ...r, seq: r.seq as number, mac: r.mac ?? '' }));
    if (page.length === 0) break;
    // Rows older than the retention period may have been pruned: the oldest remaining row anchors the chain.
    const first = page[0] as SealedRow;
    const start: { seq: number; mac: string } = prev ?? (first.seq === 1 ? { seq: 0, mac: '' } : { seq: first.seq, mac: first.mac });
    const segment = prev === null && first.seq !== 1 ? page.slice(1) : page;
    const { broken, last } = checkSegment(key, start, segment);
    checked += last.seq - start.seq;
    if (broken) return { ok: false, checked, firstBroken: broken, unsealed: await countUnsealed(db, unsealedGraceSeconds) };
    prev = last;
    if (page.length < PAGE) break;
  }
  const unsealed = await countUnsealed(db, unsealedGraceSeconds);
  return { ok: unsealed === 0, checked, firstBroken: null, unsealed };
}

async function countUnsealed(db: Queryable, graceSeconds: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(isNull(auditLog.seq), lt(auditLog.ts, new Date(Date.now() - graceSeconds * 1000))));
  return row?.n ?? 0;
}
