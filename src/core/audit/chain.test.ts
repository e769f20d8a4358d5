import { describe, expect, it } from 'vitest';
import { chainMac, checkSegment, type SealedRow } from './chain.js';

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
