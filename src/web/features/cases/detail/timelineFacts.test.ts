import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../types';
import { timelineFacts } from './timelineFacts';

const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

function event(action: string, data: Record<string, unknown>): TimelineEvent {
  return { id: 1, ts: '2011-03-01T00:00:00Z', action, actorKind: 'office', actorName: '王办事', fromStatus: null, toStatus: null, reason: null, data };
}

describe('what a timeline step shows', () => {
  it('shows an assignment’s unit and due date, not the unit ids', () => {
    const facts = timelineFacts(event('assign', { unitId: 4, unitName: '市环保局环评处', dueDate: '2011-03-22', fromUnitId: null }), t);
    expect(facts.map((fact) => [fact.key, fact.value])).toEqual([
      ['unitName', '市环保局环评处'],
      ['dueDate', '2011-03-22'],
    ]);
  });

  it('shows a response’s conclusion and its findings as long text', () => {
    const facts = timelineFacts(event('respond', { findings: '经查属实', measures: '已批评教育', substantiated: 'yes' }), t);
    expect(facts.map((fact) => fact.key)).toEqual(['substantiated', 'findings', 'measures']);
    expect(facts.find((fact) => fact.key === 'findings')?.long).toBe(true);
    expect(facts[0]?.value).toBe('cases.substantiated.yes');
  });

  it('shows an extension as from → to and a merge as a link to the other case', () => {
    expect(timelineFacts(event('grant_extension', { from: '2011-03-22', to: '2011-03-29' }), t)[0]?.value).toBe(
      'caseDetail.data.extensionValue {"from":"2011-03-22","to":"2011-03-29"}',
    );
    expect(timelineFacts(event('merge', { intoCaseId: 9, intoCode: 'ZF2011-000009' }), t)).toEqual([
      { key: 'into', label: 'caseDetail.data.into', value: 'ZF2011-000009', caseId: 9 },
    ]);
  });
});
