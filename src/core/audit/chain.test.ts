import { describe, expect, it } from 'vitest';
import { canonicalJson, chainMac, checkSegment, goesBackwards, insertMac, insertMacProblem, type InsertContent, type SealedRow } from './chain.js';

const key = Buffer.alloc(32, 9);

function chain(n: number): SealedRow[] {
  const out: SealedRow[] = [];
  let prev = '';
  for (let i = 1; i <= n; i++) {
    const row = {
      id: i * 10,
      ts: new Date(Date.UTC(2011, 0, 1, 0, 0, i)),
      userId: 1,
      username: 'u',
      action: 'auth.login',
      objectType: 'user',
      objectId: '1',
      outcome: 'success',
      requestId: `r${i}`,
      detail: { n: i },
    };
    const mac = chainMac(key, prev, i, row);
    out.push({ ...row, seq: i, mac });
    prev = mac;
  }
  return out;
}

describe('audit chain', () => {
  it('accepts an untouched chain', () => {
    expect(checkSegment(key, { seq: 0, mac: '' }, chain(5))).toEqual({ broken: null, last: { seq: 5, mac: chain(5)[4]?.mac } });
  });

  it('names the altered row', () => {
    const rows = chain(5);
    rows[2] = { ...(rows[2] as SealedRow), outcome: 'failure' };
    expect(checkSegment(key, { seq: 0, mac: '' }, rows).broken).toMatchObject({ id: 30, seq: 3 });
  });

  it('names the row after a deleted one', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(checkSegment(key, { seq: 0, mac: '' }, rows).broken).toMatchObject({ id: 30, seq: 3, reason: expect.stringMatching(/gap/) });
  });

  it('names a row whose place was swapped', () => {
    const rows = chain(4);
    const [a, b] = [rows[1] as SealedRow, rows[2] as SealedRow];
    rows[1] = { ...b, seq: 2, mac: b.mac };
    rows[2] = { ...a, seq: 3, mac: a.mac };
    expect(checkSegment(key, { seq: 0, mac: '' }, rows).broken).toMatchObject({ seq: 2 });
  });

  it('depends on the key', () => {
    expect(checkSegment(Buffer.alloc(32, 8), { seq: 0, mac: '' }, chain(2)).broken).toMatchObject({ seq: 1 });
  });
});

describe('insert MAC', () => {
  const row: InsertContent = {
    ts: new Date(Date.UTC(2011, 0, 1)), userId: 1, username: 'u', action: 'case.assign', objectType: 'case', objectId: '7', outcome: 'success', requestId: 'r1',
    detail: { b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined }, when: new Date(Date.UTC(2011, 0, 2)) },
  };
  const stored = (imac: string, over: Partial<InsertContent> = {}) => ({ ...row, ...over, imac, detail: JSON.parse(JSON.stringify(over.detail ?? row.detail)) });

  it('is canonical: the key order jsonb gives back does not matter', () => {
    expect(canonicalJson({ b: 1, a: { y: 2, x: [3, { q: 1, p: 2 }] } })).toBe(canonicalJson({ a: { x: [3, { p: 2, q: 1 }], y: 2 }, b: 1 }));
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('holds for the row as stored, and for nothing changed', () => {
    const imac = insertMac(key, row);
    expect(insertMacProblem(key, stored(imac))).toBeNull();
    expect(insertMacProblem(key, stored(imac, { outcome: 'failure' }))).toMatch(/mismatch/);
    expect(insertMacProblem(key, stored(imac, { objectId: '8' }))).toMatch(/mismatch/);
    expect(insertMacProblem(key, stored(imac, { detail: { b: 2 } }))).toMatch(/mismatch/);
    expect(insertMacProblem(key, { ...stored(imac), imac: null })).toMatch(/no insert MAC/);
    expect(insertMacProblem(Buffer.alloc(32, 8), stored(imac))).toMatch(/mismatch/);
    expect(insertMac(key, row)).not.toBe(imac); // a fresh nonce each time
  });

  it("covers an intake row but the case's id and number, which the statement fills in, and only for case.create", () => {
    const intake: InsertContent = { ...row, action: 'case.create', objectId: null, detail: { channel: 'letter', attachments: 0 } };
    const imac = insertMac(key, intake, 'intake');
    const filled = { ...intake, objectId: '42', detail: { code: 'ZF2011-000042', channel: 'letter', attachments: 0 }, imac };
    expect(insertMacProblem(key, filled)).toBeNull();
    expect(insertMacProblem(key, { ...filled, detail: { code: 'ZF2011-000042', channel: 'hotline', attachments: 0 } })).toMatch(/mismatch/);
    expect(insertMacProblem(key, { ...filled, action: 'case.close' })).toMatch(/mismatch/);
  });

  it('tells a row that goes back in time beyond the tolerance', () => {
    const t0 = new Date(Date.UTC(2011, 0, 1, 12));
    expect(goesBackwards(null, t0)).toBe(false);
    expect(goesBackwards(t0, new Date(t0.getTime() - 60_000))).toBe(false);
    expect(goesBackwards(t0, new Date(t0.getTime() - 3_600_000))).toBe(true);
  });
});
