import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './problem.js';

describe('database unavailable', () => {
  it('recognises a refused connection, a restart and a lost connection, also wrapped by the ORM', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable({ message: 'the database system is shutting down', code: '57P03' })).toBe(true);
    expect(isDatabaseUnavailable({ message: 'Failed query: select 1', cause: new Error('Connection terminated unexpectedly') })).toBe(true);
    expect(isDatabaseUnavailable({ message: 'connection failure', code: '08006' })).toBe(true);
  });
  it('leaves other errors alone', () => {
    expect(isDatabaseUnavailable({ message: 'duplicate key', code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
