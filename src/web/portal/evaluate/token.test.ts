import { describe, expect, it } from 'vitest';
import { ApiError } from '../../common/api';
import { linkProblem, openProblem } from './problem';
import { tokenInHash } from './token';

describe('the token in a link', () => {
  it('is what follows the #', () => {
    expect(tokenInHash('#AbCdEfGhIjKlMnOpQrStUv_-12')).toEqual({ token: 'AbCdEfGhIjKlMnOpQrStUv_-12' });
    expect(tokenInHash('#%20AbCdEfGhIjKlMnOpQrStUv_-12 ')).toEqual({ token: 'AbCdEfGhIjKlMnOpQrStUv_-12' });
  });

  it('is missing or malformed when the link was cut or mangled', () => {
    expect(tokenInHash('')).toEqual({ problem: 'missing' });
    expect(tokenInHash('#')).toEqual({ problem: 'missing' });
    expect(tokenInHash('#AbCdEf')).toEqual({ problem: 'malformed' });
    expect(tokenInHash('#AbCdEfGhIjKlMnOpQrStUv/12')).toEqual({ problem: 'malformed' });
    expect(tokenInHash('#%E0%A4%A')).toEqual({ problem: 'malformed' });
  });
});

describe('why a link does not work', () => {
  const problem = (status: number, type?: string) => new ApiError(status, { status, title: 'x', ...(type ? { type } : {}) });

  it('is read from the end of the problem type', () => {
    expect(linkProblem(problem(410, 'about:blank#invitation_submitted'))).toBe('invitation_submitted');
    expect(linkProblem(problem(409, 'about:blank#round_not_open'))).toBe('round_not_open');
    expect(linkProblem(problem(409, 'about:blank#round_exists'))).toBeNull();
    expect(linkProblem(new Error('x'))).toBeNull();
  });

  it('is an invalid link when opening is refused without a code, and passing otherwise', () => {
    expect(openProblem(problem(400, 'about:blank#validation'))).toBe('unknown_token');
    expect(openProblem(problem(404))).toBe('unknown_token');
    expect(openProblem(problem(503))).toBeNull();
    expect(openProblem(problem(0))).toBeNull();
  });
});
