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
