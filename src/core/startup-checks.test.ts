import { describe, expect, it } from 'vitest';
import { CRYPTO_VECTORS, cryptoSelfTest, durabilityWarnings, SelfTestError } from './startup-checks.js';

describe('start-up checks', () => {
  it('passes the published SM3 and SM4 vectors', () => {
    expect(() => cryptoSelfTest()).not.toThrow();
    expect(CRYPTO_VECTORS.map((v) => v.name)).toEqual(['SM3("abc")', 'SM3("abcd" × 16)', 'SM4 block (CTR keystream)', 'HMAC-SM3 construction']);
  });

  it('refuses to go on when a primitive answers wrongly or is missing', () => {
    const [first] = CRYPTO_VECTORS;
    if (!first) throw new Error('no vectors');
    expect(() => cryptoSelfTest([{ ...first, expect: '00'.repeat(32) }])).toThrow(SelfTestError);
    expect(() => cryptoSelfTest([{ name: 'missing', run: () => { throw new Error('Unknown cipher'); }, expect: '' }])).toThrow(/missing failed: Unknown cipher/);
  });

  it('warns about each setting that makes an acknowledged commit unsafe', () => {
    expect(durabilityWarnings({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' })).toEqual([]);
    expect(durabilityWarnings({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }).map((w) => w.split(' ')[0])).toEqual(['fsync', 'full_page_writes', 'synchronous_commit']);
    expect(durabilityWarnings({ fsync: 'on', synchronous_commit: 'remote_write', full_page_writes: 'on' })).toEqual([]);
  });
});
