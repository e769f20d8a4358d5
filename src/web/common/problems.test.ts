import i18n, { type TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { problems as core } from '../../core/contract';
import { problems as accounts } from '../../modules/accounts/contract';
import { problems as evaluations } from '../../modules/evaluations/contract';
import { problems as inspections } from '../../modules/inspections/contract';
import { ApiError } from './api';
import { fieldErrors, problemText } from './problems';

const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

function problem(status: number, type: string, extra: object = {}): ApiError {
  return new ApiError(status, { type, title: 'x', status, detail: 'server words', ...extra });
}

describe('problemText', () => {
  afterEach(() => {
    i18n.language = 'zh-CN';
  });

  it('words catalogued codes with the contracts’ words, in the reader’s language', () => {
    expect(problemText(problem(401, 'about:blank#invalid_credentials'), t)).toBe(accounts.invalid_credentials.zh);
    expect(problemText(problem(409, 'about:blank#round_closed'), t)).toBe(inspections.round_closed.zh);
    expect(problemText(problem(409, 'about:blank#rounds_open'), t)).toBe(evaluations.rounds_open.zh);
    i18n.language = 'en';
    expect(problemText(problem(401, 'about:blank#invalid_credentials'), t)).toBe(accounts.invalid_credentials.en);
    expect(problemText(problem(404, 'about:blank#not_found'), t)).toBe(core.not_found.en);
  });

  it('adds the request id to an internal error', () => {
    expect(problemText(problem(500, 'about:blank#internal', { requestId: 'req-7' }), t)).toBe(`${core.internal.zh}problems.quoteRequestId {"requestId":"req-7"}`);
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

describe('case problems', () => {
  it('words a refused step from the status and the allowed steps the server names', () => {
    const error = problem(409, 'about:blank#illegal_transition', { caseStatus: 'assigned', allowed: ['respond', 'remind'] });
    expect(problemText(error, t)).toBe(
      'problems.illegal_transition {"status":"cases.statuses.assigned"}problems.allowedSteps {"steps":"caseSteps.names.respondlistSeparatorcaseSteps.names.remind"}',
    );
  });

  it('puts nested and list paths on the field that owns them', () => {
    const error = problem(400, 'about:blank#validation', {
      errors: [
        { path: 'body.detail.callTime', message: 'cannot be in the future' },
        { path: 'attachments[1]', message: 'is not an accepted file type' },
        { path: 'dueDate', message: 'must be after 2011-05-06' },
      ],
    });
    expect(fieldErrors(error, ['detail', 'attachments', 'dueDate'], t)).toEqual([
      { name: ['detail', 'callTime'], errors: ['fieldMessages.notFuture'] },
      { name: ['attachments'], errors: ['is not an accepted file type'] },
      { name: ['dueDate'], errors: ['fieldMessages.mustBeAfter {"date":"2011-05-06"}'] },
    ]);
  });

  it('words a choice the plan does not offer, rather than showing the codes the server lists', () => {
    const error = problem(400, 'about:blank#bad_request', {
      errors: [
        { path: 'category', message: 'must be one of execution, power_abuse, graft' },
        { path: 'detail.line', message: 'must be one of line1, line2, line3' },
        { path: 'unitId', message: 'must be one of the round’s units' },
      ],
    });
    expect(fieldErrors(error, ['category', 'detail', 'unitId'], t)).toEqual([
      { name: ['category'], errors: ['fieldMessages.notOption'] },
      { name: ['detail', 'line'], errors: ['fieldMessages.notOption'] },
      { name: ['unitId'], errors: ['fieldMessages.notRoundUnit'] },
    ]);
  });
});
