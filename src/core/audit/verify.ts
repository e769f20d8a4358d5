import { and, asc, count, desc, gt, isNotNull, isNull, lt, max } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { auditLog, auditPrunes } from '../db/tables.js';
import { judgeEnds, readCheckpoints, type AuditProblem, type Checkpoint } from './anchor.js';
import { checkSegment, goesBackwards, insertMacProblem, type ChainBreak, type SealedRow } from './chain.js';

export type VerifyResult = {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
  /** Rows still unsealed longer than the grace period: a sealer is not running, or refused them. */
  unsealed: number;
  /**
   * What the MACs between rows cannot show: rows the application did not write or that were
   * rewritten (sealed or refused by the sealer), back-dated rows, rows missing at either end
   * against the checkpoints and the retention period, checkpoints whose signature fails.
   */
  problems: AuditProblem[];
  /** Checkpoints (valid signatures) the chain was checked against. */
  checkpoints: number;
};

export type VerifyOptions = {
  /** Seconds a row may stay unsealed before it counts (default 10). */
  graceSeconds?: number;
  /** Checkpoint files (the sealer's, receipts): without any, the ends are judged by retention alone. */
  checkpointFiles?: string[];
  now?: Date;
};

const PAGE = 2000;
const MAX_LISTED = 20;

/**
 * Walks the whole chain in seq order and names the first row whose MAC does not hold; checks every
 * row's insert MAC and time on the way, the unsealed rows' insert MACs, and the chain's ends
 * against the checkpoints.
 */
export async function verifyChain(db: Queryable, key: Buffer, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const { checkpoints, invalid } = readCheckpoints(key, opts.checkpointFiles ?? []);
  const problems: AuditProblem[] = [];
  if (invalid > 0) problems.push({ kind: 'checkpoint_invalid', message: `${invalid} checkpoint(s) without a valid signature: the checkpoint file was altered, or made with another key` });
  const wanted = new Map<number, string>(checkpoints.map((c: Checkpoint) => [c.seq, '']));
  const seen = new Map<number, string>();
  const listed = (kind: AuditProblem['kind']) => problems.filter((p) => p.kind === kind).length < MAX_LISTED;

  let checked = 0;
  let prev: { seq: number; mac: string } | null = null;
  let first: { seq: number; id: number; ts: Date } | null = null;
  let prevTs: Date | null = null;
  let anchored = false;
  let firstBroken: ChainBreak | null = null;
  for (;;) {
    const page = (
      await db
        .select()
        .from(auditLog)
        .where(and(isNotNull(auditLog.seq), gt(auditLog.seq, prev?.seq ?? 0)))
        .orderBy(asc(auditLog.seq))
        .limit(PAGE)
    ).map((r) => ({ ...r, seq: r.seq as number, mac: r.mac ?? '' }));
    if (page.length === 0) break;
    // Rows older than the retention period may have been pruned: the oldest remaining row anchors
    // the chain (judgeEnds says whether its start is legitimate).
    const head = page[0] as SealedRow;
    first ??= { seq: head.seq, id: head.id, ts: head.ts };
    const start: { seq: number; mac: string } = prev ?? (head.seq === 1 ? { seq: 0, mac: '' } : { seq: head.seq, mac: head.mac });
    const segment = prev === null && head.seq !== 1 ? page.slice(1) : page;
    const { broken, last } = checkSegment(key, start, segment);
    checked += last.seq - start.seq;
    for (const row of page) {
      if (row.seq > last.seq && broken) break;
      if (wanted.has(row.seq)) seen.set(row.seq, row.mac);
      // Rows sealed before insert MACs existed come first; after the first row with one, all have one.
      const problem = !anchored && row.imac === null ? null : insertMacProblem(key, row);
      if (row.imac !== null) anchored = true;
      if (problem && listed('forged')) problems.push({ kind: 'forged', id: row.id, seq: row.seq, message: `row id ${row.id} (seq ${row.seq}): ${problem}` });
      if (goesBackwards(prevTs, row.ts) && listed('backdated')) {
        problems.push({ kind: 'backdated', id: row.id, seq: row.seq, message: `row id ${row.id} (seq ${row.seq}) of ${row.ts.toISOString()} goes back in time from the row before it (${prevTs?.toISOString()})` });
      }
      prevTs = row.ts;
    }
    if (broken) {
      firstBroken = broken;
      break;
    }
    prev = last;
    if (page.length < PAGE) break;
  }

  // Unsealed rows the sealer refuses, or will: no valid insert MAC.
  for (const row of await db.select().from(auditLog).where(isNull(auditLog.seq)).orderBy(asc(auditLog.id))) {
    const problem = anchored || first === null || row.imac !== null ? insertMacProblem(key, row) : null;
    if (problem && listed('forged')) problems.push({ kind: 'forged', id: row.id, seq: null, message: `unsealed row id ${row.id}: ${problem}` });
  }

  const [end] = await db.select({ seq: auditLog.seq }).from(auditLog).where(isNotNull(auditLog.seq)).orderBy(desc(auditLog.seq)).limit(1);
  const [pruned] = await db.select({ to: max(auditPrunes.lastSeq) }).from(auditPrunes);
  problems.push(
    ...judgeEnds(
      { first, last: end?.seq ? { seq: end.seq } : null, macAt: (seq) => seen.get(seq), prunedTo: pruned?.to ?? null },
      checkpoints.filter((c) => firstBroken === null || c.seq < firstBroken.seq || c.seq > (end?.seq ?? 0)),
      opts.now,
    ),
  );
  const unsealed = await countUnsealed(db, opts.graceSeconds ?? 10);
  return { ok: firstBroken === null && unsealed === 0 && problems.length === 0, checked, firstBroken, unsealed, problems, checkpoints: checkpoints.length };
}

async function countUnsealed(db: Queryable, graceSeconds: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(isNull(auditLog.seq), lt(auditLog.ts, new Date(Date.now() - graceSeconds * 1000))));
  return row?.n ?? 0;
}
