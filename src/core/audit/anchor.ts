import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { hmacSm3 } from '../crypto/sm.js';

/**
 * Anchors of the audit chain kept outside the database, so that someone who can write to the
 * database cannot cut the chain at either end or rewrite it unseen: a checkpoint is the chain's
 * head (seq, MAC) at a time, signed with HMAC-SM3 under the audit key. The sealer appends one to
 * a file in DATA_DIR now and then (and logs it); the auditor can download one as a receipt.
 */
export type Checkpoint = { seq: number; mac: string; at: string; sig: string };

export const RETENTION_DAYS = 184;
const DAY_MS = 24 * 60 * 60 * 1000;

export const checkpointFileOf = (dataDir: string) => path.join(dataDir, 'audit-checkpoints.jsonl');

const signature = (key: Buffer, seq: number, mac: string, at: string) => hmacSm3(key, 'zf:audit-checkpoint', String(seq), mac, at).toString('hex');

export function signCheckpoint(key: Buffer, head: { seq: number; mac: string }, at = new Date()): Checkpoint {
  const iso = at.toISOString();
  return { seq: head.seq, mac: head.mac, at: iso, sig: signature(key, head.seq, head.mac, iso) };
}

export function checkpointValid(key: Buffer, c: unknown): c is Checkpoint {
  if (!c || typeof c !== 'object') return false;
  const { seq, mac, at, sig } = c as Record<string, unknown>;
  if (!Number.isSafeInteger(seq) || typeof mac !== 'string' || typeof at !== 'string' || typeof sig !== 'string' || Number.isNaN(Date.parse(at))) return false;
  const want = Buffer.from(signature(key, seq as number, mac, at), 'hex');
  const got = Buffer.from(sig, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Checkpoints from a file: JSON lines as the sealer writes them, or one receipt (an object) or an array of them. */
export function parseCheckpoints(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    const whole = JSON.parse(trimmed) as unknown;
    return Array.isArray(whole) ? whole : [whole];
  } catch {
    return trimmed.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        return null;
      }
    });
  }
}

/** The valid checkpoints of the files, and how many entries did not carry a valid signature. */
export function readCheckpoints(key: Buffer, files: string[]): { checkpoints: Checkpoint[]; invalid: number } {
  const checkpoints: Checkpoint[] = [];
  let invalid = 0;
  for (const file of files) {
    for (const c of parseCheckpoints(readFileSync(file, 'utf8'))) {
      if (checkpointValid(key, c)) checkpoints.push({ seq: c.seq, mac: c.mac, at: c.at, sig: c.sig });
      else invalid++;
    }
  }
  return { checkpoints, invalid };
}

export function appendCheckpoint(file: string, c: Checkpoint): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(c)}\n`, { mode: 0o600 });
}

/** The files to check by default: this data folder's, when it has one. */
export const defaultCheckpointFiles = (dataDir: string) => (existsSync(checkpointFileOf(dataDir)) ? [checkpointFileOf(dataDir)] : []);

export type AuditProblem = {
  kind: 'newest_missing' | 'oldest_missing' | 'checkpoint_mismatch' | 'checkpoint_invalid' | 'forged' | 'backdated';
  message: string;
  id?: number;
  seq?: number | null;
};

export type ChainEnds = {
  /** The first and the last sealed row, null for an empty chain. */
  first: { seq: number; id: number; ts: Date } | null;
  last: { seq: number } | null;
  /** The MAC of the row with this seq, as the walk found it (undefined: not reached or absent). */
  macAt: (seq: number) => string | undefined;
  /** The highest seq a recorded, legitimate prune removed. */
  prunedTo: number | null;
};

/**
 * The ends of the chain against its checkpoints and the retention period. Newest rows missing:
 * a checkpoint names a seq beyond the chain's end. Rewritten or re-sealed: the row at a
 * checkpoint's seq has another MAC. Oldest rows missing: the chain starts above seq 1 while its
 * first row is younger than the retention period and no recorded prune reached the row before,
 * or a checkpoint younger than the retention period names a seq below the chain's start.
 */
export function judgeEnds(ends: ChainEnds, checkpoints: Checkpoint[], now = new Date()): AuditProblem[] {
  const problems: AuditProblem[] = [];
  const { first, last } = ends;
  const retained = now.getTime() - RETENTION_DAYS * DAY_MS;
  const beyond = checkpoints.filter((c) => c.seq > (last?.seq ?? 0)).sort((a, b) => b.seq - a.seq)[0];
  if (beyond) {
    problems.push({
      kind: 'newest_missing',
      seq: beyond.seq,
      message: `newest rows missing: the checkpoint of ${beyond.at} has seq ${beyond.seq}, but the chain ends at seq ${last?.seq ?? 0}`,
    });
  }
  if (first && first.seq > 1 && first.ts.getTime() > retained && (ends.prunedTo ?? 0) < first.seq - 1) {
    problems.push({
      kind: 'oldest_missing',
      id: first.id,
      seq: first.seq,
      message: `oldest rows missing: the chain starts at seq ${first.seq} (row id ${first.id} of ${first.ts.toISOString()}, younger than ${RETENTION_DAYS} days) and no recorded prune removed the rows before it`,
    });
  }
  const below = checkpoints.filter((c) => first && c.seq < first.seq && Date.parse(c.at) > retained).sort((a, b) => b.seq - a.seq)[0];
  if (below && first) {
    problems.push({
      kind: 'oldest_missing',
      seq: below.seq,
      message: `oldest rows missing: the checkpoint of ${below.at} (younger than ${RETENTION_DAYS} days) has seq ${below.seq}, below the chain's first row (seq ${first.seq})`,
    });
  }
  for (const c of checkpoints) {
    if (c.seq < 1 || c.seq > (last?.seq ?? 0) || (first && c.seq < first.seq)) continue;
    const mac = ends.macAt(c.seq);
    if (mac !== undefined && mac !== c.mac) {
      problems.push({ kind: 'checkpoint_mismatch', seq: c.seq, message: `row seq ${c.seq} differs from the checkpoint of ${c.at}: the chain was rewritten and re-sealed since` });
      break;
    }
  }
  return problems;
}
