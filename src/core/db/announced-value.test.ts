import { describe, expect, it } from 'vitest';
import { AnnouncedValue } from './announced-value.js';

describe('AnnouncedValue', () => {
  const counter = () => {
    let reads = 0;
    return { cache: new AnnouncedValue(async () => ++reads), reads: () => reads };
  };

  it('reads every time while not listening', async () => {
    const { cache, reads } = counter();
    expect([await cache.get(), await cache.get()]).toEqual([1, 2]);
    expect(reads()).toBe(2);
  });

  it('keeps the value while listening, until a change is announced or listening stops', async () => {
    const { cache } = counter();
    cache.setLive(true);
    expect([await cache.get(), await cache.get()]).toEqual([1, 1]);
    cache.forget();
    expect(await cache.get()).toBe(2);
    cache.setLive(false);
    expect([await cache.get(), await cache.get()]).toEqual([3, 4]);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cache = new AnnouncedValue(async () => {
      if (fail) throw new Error('down');
      return 'ok';
    });
    cache.setLive(true);
    await expect(cache.get()).rejects.toThrow('down');
    fail = false;
    expect(await cache.get()).toBe('ok');
  });

  it('reads again once the kept value is older than its limit, even without an announcement', async () => {
    let reads = 0;
    let clock = 0;
    const cache = new AnnouncedValue(async () => ++reads, 1000, () => clock);
    cache.setLive(true);
    expect(await cache.get()).toBe(1);
    clock = 999;
    expect(await cache.get()).toBe(1);
    clock = 1000;
    expect(await cache.get()).toBe(2);
    expect(await cache.get()).toBe(2);
  });
});
