import { randomBytes } from 'node:crypto';
import { hmacSm3 } from '../crypto/sm.js';

export type AuditContent = {
  id: number;
  ts: Date;
  userId: number | null;
  username: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  requestId: string | null;
  detail: unknown;
};

/** The MAC that links a row into the chain: HMAC-SM3 over the previous MAC, the row's place and its content. */
export function chainMac(key: Buffer, prevMac: string, seq: number, row: AuditContent): string {
  const content = JSON.stringify([
    seq,
    row.id,
    row.ts.toISOString(),
    row.userId,
    row.username,
    row.action,
    row.objectType,
    row.objectId,
    row.outcome,
    row.requestId,
    row.detail ?? null,
  ]);
  return hmacSm3(key, prevMac, content).toString('hex');
}

export type SealedRow = AuditContent & { seq: number; mac: string };

export type ChainBreak = { id: number; seq: number; reason: string };

/**
 * Checks consecutive sealed rows against the MAC of the row before them. `prevMac` and `prevSeq`
 * describe the last row already checked ('' and 0 at the start of the chain).
 */
export function checkSegment(
  key: Buffer,
  prev: { seq: number; mac: string },
  segment: SealedRow[],
): { broken: ChainBreak | null; last: { seq: number; mac: string } } {
  let last = prev;
  for (const row of segment) {
    if (row.seq !== last.seq + 1) {
      return { broken: { id: row.id, seq: row.seq, reason: `gap in the chain: expected seq ${last.seq + 1}` }, last };
    }
    if (chainMac(key, last.mac, row.seq, row) !== row.mac) {
      return { broken: { id: row.id, seq: row.seq, reason: 'MAC mismatch: the row or its predecessor was altered' }, last };
    }
    last = { seq: row.seq, mac: row.mac };
  }
  return { broken: null, last };
}

/** What the application knows of a row when it inserts it (everything but id and seals). */
export type InsertContent = Omit<AuditContent, 'id'>;

/**
 * The JSON of a value as jsonb gives it back: Dates and undefined resolved as JSON.stringify
 * does, then keys sorted at every level, since jsonb reorders them.
 */
export function canonicalJson(value: unknown): string {
  const plain = value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sorted(plain));
}

/**
 * How the row was written: `row` by audit() with its whole content; `intake` by the intake
 * statement (cases/intake.ts), which fills object_id and detail.code with the case's id and
 * number as it inserts the case, so the application MACs the rest.
 */
export type InsertForm = 'row' | 'intake';

function insertContent(form: InsertForm, row: InsertContent): string {
  const intake = form === 'intake';
  let detail = row.detail ?? null;
  if (intake && detail && typeof detail === 'object') {
    const { code: _code, ...rest } = detail as Record<string, unknown>;
    detail = rest;
  }
  return JSON.stringify([
    form,
    row.ts.toISOString(),
    row.userId,
    row.username,
    row.action,
    row.objectType,
    intake ? null : row.objectId,
    row.outcome,
    row.requestId,
    canonicalJson(detail),
  ]);
}

const NONCE_HEX = 16;

/**
 * The insert MAC the application stores with a row it writes: a random nonce (so that two rows
 * of equal content differ, and a copied row collides on the unique index) and HMAC-SM3 over the
 * nonce and the content. One HMAC per row, no round trip.
 */
export function insertMac(key: Buffer, row: InsertContent, form: InsertForm = 'row', nonce = randomBytes(NONCE_HEX / 2).toString('hex')): string {
  return nonce + hmacSm3(key, 'zf:audit-insert', nonce, insertContent(form, row)).toString('hex');
}

/** Why a row's insert MAC does not hold, or null when it does (the intake form only for intake rows). */
export function insertMacProblem(key: Buffer, row: InsertContent & { imac: string | null }): string | null {
  if (!row.imac) return 'no insert MAC: the application did not write this row';
  const nonce = row.imac.slice(0, NONCE_HEX);
  // Most case.create rows come from the intake statement: that form first, so each costs one HMAC.
  const forms: InsertForm[] = row.action === 'case.create' && row.objectType === 'case' ? ['intake', 'row'] : ['row'];
  if (forms.some((form) => insertMac(key, row, form, nonce) === row.imac)) return null;
  return 'insert MAC mismatch: the row was forged or rewritten';
}

/**
 * How far back in time a row may be from the row sealed before it: a transaction that wrote its
 * row early commits late (a plan import, a batch of intakes), and instances' clocks differ a
 * little. A row further back was back-dated.
 */
export const BACKWARDS_TOLERANCE_MS = 15 * 60 * 1000;

/** Whether the row goes back in time from the one before it by more than the tolerance. */
export const goesBackwards = (prevTs: Date | null, ts: Date): boolean => prevTs !== null && ts.getTime() < prevTs.getTime() - BACKWARDS_TOLERANCE_MS;
