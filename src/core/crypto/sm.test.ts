import { createCipheriv, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSm3, SealedBox } from './sm.js';

describe('national algorithms from Node', () => {
  it('SM3 matches the GB/T 32905 examples', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(createHash('sm3').update('abcd'.repeat(16)).digest('hex')).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('SM4 matches the GB/T 32907 example', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const c = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    expect(Buffer.concat([c.update(key), c.final()]).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('HMAC-SM3 keeps parts apart: ("ab","c") and ("a","bc") differ', () => {
    const key = Buffer.alloc(32, 7);
    expect(hmacSm3(key, 'ab', 'c').equals(hmacSm3(key, 'a', 'bc'))).toBe(false);
  });
});

describe('SealedBox (SM4-CTR, encrypt-then-MAC)', () => {
  const box = new SealedBox(Buffer.alloc(32, 1), 'test');

  it('round-trips, with a fresh IV each time and the key version in front', () => {
    const a = box.seal('张三 13800000000');
    const b = box.seal('张三 13800000000');
    expect(a).not.toBe(b);
    expect(a.startsWith('v1.')).toBe(true);
    expect(box.open(a)).toBe('张三 13800000000');
    expect(a).not.toContain('13800000000');
  });

  it('refuses a ciphertext with one flipped byte', () => {
    const [v, iv, ct, mac] = box.seal('secret').split('.') as [string, string, string, string];
    const bytes = Buffer.from(ct, 'base64url');
    bytes[0] = (bytes[0] as number) ^ 1;
    expect(() => box.open([v, iv, bytes.toString('base64url'), mac].join('.'))).toThrow(/authentication/);
  });

  it('refuses a value sealed for another purpose or with another key', () => {
    const sealed = box.seal('secret');
    expect(() => new SealedBox(Buffer.alloc(32, 1), 'other').open(sealed)).toThrow();
    expect(() => new SealedBox(Buffer.alloc(32, 2), 'test').open(sealed)).toThrow();
    expect(() => box.open('v2.a.b.c')).toThrow(/version/);
  });
});
