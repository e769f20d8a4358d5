import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it.each([
    ['short', 'Ab1!xyz', 'must be at least 10 characters'],
    ['common', 'password123', 'is in the list of common passwords'],
    ['common, any case', 'QWERTYUIOP', 'is in the list of common passwords'],
    ['contains the username', 'xx-wangwei-2011', 'must not contain the username'],
    ['too few different characters', 'aaaaaaaaaaab', 'uses too few different characters'],
  ])('refuses %s', (_, pw, problem) => {
    expect(passwordProblem(pw, 'wangwei')).toBe(problem);
  });

  it('accepts a long uncommon password', () => {
    expect(passwordProblem('松花江-Bridge-2011', 'wangwei')).toBeNull();
  });

  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('松花江-Bridge-2011');
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(h, '松花江-Bridge-2011')).toBe(true);
    expect(await verifyPassword(h, '松花江-Bridge-2012')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });
});
