import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { fieldErrors, problemText } from './problems';

const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

function problem(status: number, type: string, extra: object = {}): ApiError {
  return new ApiError(status, { type, title: 'x', status, detail: 'server words', ...extra });
}

describe('problemText', () => {
  it('words known codes itself', () => {
    expect(problemText(problem(401, 'about:blank#invalid_credentials'), t)).toBe('problems.invalid_credentials {"requestId":"—"}');
  });

  it('falls back to the server detail for other codes', () => {
    expect(problemText(problem(409, 'about:blank#conflict'), t)).toBe('server words');
  });

  it('names network failures', () => {
    expect(problemText(new ApiError(0, { title: 'Network error', status: 0 }), t)).toBe('errors.network');
  });
});

describe('fieldErrors', () => {
  it('maps body paths onto form fields and drops unknown ones', () => {
    const error = problem(400, 'about:blank#validation', {
      errors: [
        { path: 'body.password', message: 'too short' },
        { path: 'unitId', message: 'is required for role unit_liaison' },
        { path: 'query.cursor', message: 'bad' },
      ],
    });
    expect(fieldErrors(error, ['password', 'unitId'], t)).toEqual([
      { name: ['password'], errors: ['too short'] },
      { name: ['unitId'], errors: ['fieldMessages.unitRequired'] },
    ]);
  });
});
