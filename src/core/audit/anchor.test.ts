import { describe, expect, it } from 'vitest';
import { checkpointValid, judgeEnds, parseCheckpoints, signCheckpoint, type ChainEnds } from './anchor.js';

const key = Buffer.alloc(32, 7);
const now = new Date('2011-06-30T00:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

/** A chain of seq from..to whose MACs are `m<seq>`. */
const ends = (from: number, to: number, firstTs = daysAgo(1), prunedTo: number | null = null): ChainEnds => ({
  first: { seq: from, id: from * 10, ts: firstTs },
  last: { seq: to },
  macAt: (seq) => (seq >= from && seq <= to ? `m${seq}` : undefined),
  prunedTo,
});

describe('audit checkpoints', () => {
  it('signs the head and refuses any change to a signed checkpoint, or another key', () => {
    const c = signCheckpoint(key, { seq: 5, mac: 'm5' }, daysAgo(1));
    expect(checkpointValid(key, c)).toBe(true);
    expect(checkpointValid(key, { ...c, seq: 6 })).toBe(false);
    expect(checkpointValid(key, { ...c, mac: 'm6' })).toBe(false);
    expect(checkpointValid(key, { ...c, at: now.toISOString() })).toBe(false);
    expect(checkpointValid(Buffer.alloc(32, 8), c)).toBe(false);
    expect(checkpointValid(key, { ...c, sig: 'zz' })).toBe(false);
  });

  it('reads JSON lines, one receipt or an array of them', () => {
    const a = signCheckpoint(key, { seq: 1, mac: 'm1' });
    const b = signCheckpoint(key, { seq: 2, mac: 'm2' });
    expect(parseCheckpoints(`${JSON.stringify(a)}\n${JSON.stringify(b)}\n`)).toEqual([a, b]);
    expect(parseCheckpoints(JSON.stringify(a))).toEqual([a]);
    expect(parseCheckpoints(JSON.stringify([a, b]))).toEqual([a, b]);
    expect(parseCheckpoints(`${JSON.stringify(a)}\nnot json`)).toEqual([a, null]);
    expect(parseCheckpoints('')).toEqual([]);
  });
});

describe('judging the ends of the chain', () => {
  const cp = (seq: number, at = daysAgo(1)) => signCheckpoint(key, { seq, mac: `m${seq}` }, at);

  it('accepts a chain from seq 1 that reaches its checkpoints with their MACs', () => {
    expect(judgeEnds(ends(1, 10), [cp(3), cp(10)], now)).toEqual([]);
  });

  it('reports newest rows missing when a checkpoint lies beyond the end', () => {
    expect(judgeEnds(ends(1, 8), [cp(3), cp(10)], now)).toEqual([expect.objectContaining({ kind: 'newest_missing', seq: 10 })]);
    expect(judgeEnds({ first: null, last: null, macAt: () => undefined, prunedTo: null }, [cp(1)], now)).toEqual([expect.objectContaining({ kind: 'newest_missing' })]);
  });

  it('reports a checkpointed row whose MAC changed (rewritten and re-sealed)', () => {
    const e = { ...ends(1, 10), macAt: (seq: number) => (seq === 3 ? 'other' : `m${seq}`) };
    expect(judgeEnds(e, [cp(3)], now)).toEqual([expect.objectContaining({ kind: 'checkpoint_mismatch', seq: 3 })]);
  });

  it('reports the oldest rows missing while the first row is younger than 184 days, unless a prune reached it', () => {
    expect(judgeEnds(ends(4, 10, daysAgo(100)), [], now)).toEqual([expect.objectContaining({ kind: 'oldest_missing', seq: 4 })]);
    expect(judgeEnds(ends(4, 10, daysAgo(100), 3), [], now)).toEqual([]);
    expect(judgeEnds(ends(4, 10, daysAgo(100), 2), [], now)).toEqual([expect.objectContaining({ kind: 'oldest_missing' })]);
    expect(judgeEnds(ends(4, 10, daysAgo(200)), [], now)).toEqual([]);
  });

  it('reports the oldest rows missing when a checkpoint younger than 184 days lies below the start', () => {
    expect(judgeEnds(ends(4, 10, daysAgo(200), 3), [cp(2, daysAgo(10))], now)).toEqual([expect.objectContaining({ kind: 'oldest_missing', seq: 2 })]);
    expect(judgeEnds(ends(4, 10, daysAgo(200), 3), [cp(2, daysAgo(300))], now)).toEqual([]);
  });
});
