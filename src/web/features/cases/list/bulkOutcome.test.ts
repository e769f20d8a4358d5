import i18n, { type TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { problems as core } from '../../../../core/contract';
import type { CaseListItem } from '../types';
import { bulkOutcome, refusalWords } from './bulkOutcome';

const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

function item(id: number, status: CaseListItem['status']): CaseListItem {
  return {
    id,
    code: `ZF2011-${String(id).padStart(6, '0')}`,
    channel: 'letter',
    category: 'graft',
    title: `案件 ${id}`,
    status,
    unitId: null,
    unitName: null,
    assignedUnitId: null,
    assignedUnitName: null,
    receivedAt: '2011-03-01T08:00:00Z',
    dueDate: null,
    deadline: null,
    escalationLevel: 0,
    anonymous: false,
  };
}

describe('the outcome of a bulk step', () => {
  afterEach(() => {
    i18n.language = 'zh-CN';
  });

  it('counts the cases done and lists each refusal with its case, code and words', () => {
    const items = [item(1, 'received'), item(2, 'accepted'), item(3, 'received')];
    const outcome = bulkOutcome(
      'accept',
      [
        { id: 1, ok: true },
        { id: 2, ok: false, problem: { code: 'illegal_transition', status: 409, detail: '"accept" is not allowed on a case that is accepted; allowed: assign' } },
        { id: 3, ok: true },
        { id: 9, ok: false, problem: { code: 'not_found', status: 404, detail: 'Case 9 not found' } },
      ],
      items,
      t,
    );
    expect(outcome.done).toEqual([1, 3]);
    expect(outcome.refused).toEqual([
      { id: 2, caseCode: 'ZF2011-000002', title: '案件 2', code: 'illegal_transition', words: 'cases.bulk.illegal {"status":"cases.statuses.accepted","step":"caseSteps.names.accept"}' },
      { id: 9, caseCode: '#9', title: null, code: 'not_found', words: 'cases.bulk.notFound' },
    ]);
  });

  it('names the status the server found, else the one the list showed', () => {
    const problem = { code: 'illegal_transition', status: 409, detail: 'not allowed' };
    expect(refusalWords(problem, 'assign', item(4, 'closed'), t)).toBe('cases.bulk.illegal {"status":"cases.statuses.closed","step":"caseSteps.names.assign"}');
    expect(refusalWords(problem, 'remind', undefined, t)).toBe('cases.bulk.illegalNoStatus {"step":"caseSteps.names.remind"}');
  });

  it('words the field problems of a step, and other codes with the catalogue or the server’s detail', () => {
    const noUnit = { code: 'validation', status: 400, detail: 'Name the unit', errors: [{ path: 'unitId', message: 'is required: the case names no unit' }] };
    expect(refusalWords(noUnit, 'assign', undefined, t)).toBe('labelled {"label":"caseSteps.unit"}fieldMessages.noUnit');
    const odd = { code: 'validation', status: 400, detail: 'x', errors: [{ path: 'body/zzz', message: 'is odd' }] };
    expect(refusalWords(odd, 'assign', undefined, t)).toBe('is odd');
    expect(refusalWords({ code: 'campaign_closed', status: 409, detail: 'closed' }, 'remind', undefined, t)).toBe(core.campaign_closed.zh);
    i18n.language = 'en';
    expect(refusalWords({ code: 'campaign_closed', status: 409, detail: 'closed' }, 'remind', undefined, t)).toBe(core.campaign_closed.en);
    expect(refusalWords({ code: 'something_new', status: 409, detail: 'server words' }, 'remind', undefined, t)).toBe('server words');
  });
});
