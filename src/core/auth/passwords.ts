import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy.js';

export { PASSWORD_MAX, PASSWORD_MIN };

/** Why a password may not be used, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'is in the list of common passwords';
  if (username && lower.includes(username.toLowerCase())) return 'must not contain the username';
  if (new Set(password).size < 4) return 'uses too few different characters';
  return null;
}

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 is Argon2id (the package's enum is const and cannot be imported here).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

// Verifying against this when the user does not exist keeps timing from telling who exists.
const dummyHash = hash('not-a-real-password-x', options);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
