import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** HMAC-SM3 (GB/T 32905) over the given parts, each length-prefixed so that parts cannot run together. */
export function hmacSm3(key: Buffer, ...parts: (string | Buffer)[]): Buffer {
  const h = createHmac('sm3', key);
  for (const part of parts) {
    const b = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    h.update(len).update(b);
  }
  return h.digest();
}

type SubKeys = { enc: Buffer; mac: Buffer };

function subKeys(master: Buffer, purpose: string): SubKeys {
  const okm = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `zf:${purpose}`, 48));
  return { enc: okm.subarray(0, 16), mac: okm.subarray(16, 48) };
}

/**
 * SM4-CTR encrypt-then-MAC (HMAC-SM3) with a fresh 16-byte IV per value. The output carries the
 * key version so that keys can be rotated: `v<version>.<iv>.<ciphertext>.<mac>` in base64url.
 */
export class SealedBox {
  private readonly keys: SubKeys;

  constructor(
    master: Buffer,
    private readonly purpose: string,
    private readonly version = 1,
  ) {
    this.keys = subKeys(master, purpose);
  }

  seal(plaintext: string): string {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-ctr', this.keys.enc, iv);
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const mac = hmacSm3(this.keys.mac, `v${this.version}`, this.purpose, iv, ct);
    return [`v${this.version}`, iv, ct, mac].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  open(sealed: string): string {
    const [ver, ivB, ctB, macB] = sealed.split('.');
    if (ver !== `v${this.version}` || ivB === undefined || ctB === undefined || macB === undefined) {
      throw new Error('sealed value has an unknown format or key version');
    }
    const iv = Buffer.from(ivB, 'base64url');
    const ct = Buffer.from(ctB, 'base64url');
    const expected = hmacSm3(this.keys.mac, ver, this.purpose, iv, ct);
    const mac = Buffer.from(macB, 'base64url');
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
      throw new Error('sealed value failed authentication');
    }
    const decipher = createDecipheriv('sm4-ctr', this.keys.enc, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }
}
