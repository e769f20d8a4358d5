import { createCipheriv, createHash, createHmac } from 'node:crypto';
import type { Database } from './db/client.js';

/**
 * Checks made before the server takes a request: the SM3 and SM4 implementations give the
 * published answers (GB/T 32905, GB/T 32907), and the database keeps what it acknowledges.
 */

export class SelfTestError extends Error {}

type Vector = { name: string; run: () => string; expect: string };

const hex = (s: string) => Buffer.from(s, 'hex');
const SM4_KEY = hex('0123456789abcdeffedcba9876543210');

export const CRYPTO_VECTORS: Vector[] = [
  // GB/T 32905-2016, appendix A, examples 1 and 2.
  { name: 'SM3("abc")', run: () => createHash('sm3').update('abc').digest('hex'), expect: '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0' },
  { name: 'SM3("abcd" × 16)', run: () => createHash('sm3').update('abcd'.repeat(16)).digest('hex'), expect: 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732' },
  // GB/T 32907-2016, appendix A, example 1: plaintext = key; the first CTR block with IV = plaintext
  // and a zero message is the block encryption of the plaintext, which is what the standard gives.
  { name: 'SM4 block (CTR keystream)', run: () => createCipheriv('sm4-ctr', SM4_KEY, SM4_KEY).update(Buffer.alloc(16)).toString('hex'), expect: '681edf34d206965e86b3e94f536e4246' },
  // HMAC (RFC 2104) over SM3 must equal the construction written out by hand.
  { name: 'HMAC-SM3 construction', run: () => createHmac('sm3', 'key').update('The quick brown fox').digest('hex'), expect: hmacByHand(Buffer.from('key'), Buffer.from('The quick brown fox')) },
];

function hmacByHand(key: Buffer, message: Buffer): string {
  const block = Buffer.alloc(64);
  key.copy(block);
  const pad = (byte: number) => Buffer.from(block.map((b) => b ^ byte));
  const inner = createHash('sm3').update(pad(0x36)).update(message).digest();
  return createHash('sm3').update(pad(0x5c)).update(inner).digest('hex');
}

/** Throws when any primitive gives an answer other than the published one. */
export function cryptoSelfTest(vectors: Vector[] = CRYPTO_VECTORS): void {
  for (const v of vectors) {
    let got: string;
    try {
      got = v.run();
    } catch (err) {
      throw new SelfTestError(`crypto self-test ${v.name} failed: ${(err as Error).message}`);
    }
    if (got !== v.expect) throw new SelfTestError(`crypto self-test ${v.name} failed: got ${got}, expected ${v.expect}`);
  }
}

/** The settings an acknowledged commit depends on, and what is wrong with them. */
export const DURABILITY_SETTINGS = ['fsync', 'synchronous_commit', 'full_page_writes'] as const;

export function durabilityWarnings(settings: Record<string, string>): string[] {
  const warnings: string[] = [];
  if (settings.fsync === 'off') warnings.push('fsync is off: a crash of the database server can lose or corrupt committed data');
  if (settings.full_page_writes === 'off') warnings.push('full_page_writes is off: a crash during a write can leave torn pages');
  if (settings.synchronous_commit === 'off') warnings.push('synchronous_commit is off: the last moments of acknowledged records can be lost in a crash');
  return warnings;
}

export async function databaseWarnings(database: Database): Promise<string[]> {
  if (database.kind !== 'pg') return [];
  const found = await database.query<{ name: string; setting: string }>('select name, setting from pg_settings where name = any($1::text[])', [[...DURABILITY_SETTINGS]]);
  return durabilityWarnings(Object.fromEntries(found.map((s) => [s.name, s.setting])));
}
