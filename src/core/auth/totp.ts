import { generateSecret, generateURI, verifySync } from 'otplib';

export const TOTP_PERIOD = 30;

export const newTotpSecret = (): string => generateSecret();

export function totpUri(secret: string, username: string, issuer: string): string {
  return generateURI({ issuer, label: username, secret });
}

/**
 * Checks a 6-digit code, allowing one period of clock drift either way and refusing any code of
 * a time step at or before `lastStep` (replay). Returns the matched time step, or null.
 */
export function checkTotp(secret: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now / 1000);
  const result = verifySync({
    secret,
    token: code,
    epoch,
    epochTolerance: TOTP_PERIOD,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  if (!result.valid) return null;
  return Math.floor(epoch / TOTP_PERIOD) + result.delta;
}
