import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, TOTP_PERIOD } from './totp.js';

describe('TOTP (RFC 6238)', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 28, 8, 0, 15);
  const step = Math.floor(now / 1000 / TOTP_PERIOD);
  const codeAt = (s: number) => generateSync({ secret, epoch: s * TOTP_PERIOD });

  it('accepts the current code and one step of drift either way, returning the step', () => {
    expect(checkTotp(secret, codeAt(step), null, now)).toBe(step);
    expect(checkTotp(secret, codeAt(step - 1), null, now)).toBe(step - 1);
    expect(checkTotp(secret, codeAt(step + 1), null, now)).toBe(step + 1);
  });

  it('refuses codes further away, malformed codes and replays', () => {
    expect(checkTotp(secret, codeAt(step - 3), null, now)).toBeNull();
    expect(checkTotp(secret, '12345', null, now)).toBeNull();
    expect(checkTotp(secret, 'abcdef', null, now)).toBeNull();
    expect(checkTotp(secret, codeAt(step), step, now)).toBeNull();
    expect(checkTotp(secret, codeAt(step - 1), step, now)).toBeNull();
  });
});
