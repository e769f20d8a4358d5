import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy.js';
import { PASSWORD_MAX as SERVER_MAX, PASSWORD_MIN as SERVER_MIN, passwordProblem } from './passwords.js';

describe('password policy', () => {
  it('is the one passwords.ts enforces', () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([SERVER_MIN, SERVER_MAX]);
    const long = 'kq7Zp2mX9vLw4RtY8sNb';
    expect(passwordProblem(long.slice(0, PASSWORD_MIN))).toBeNull();
    expect(passwordProblem(long.slice(0, PASSWORD_MIN - 1))).toMatch(/at least/);
  });
});
