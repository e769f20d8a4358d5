import { describe, expect, it } from 'vitest';
import { contentJson, draftOf, localDraftChoice, parseStoredDraft, rectificationState, sameAsServer, sendable, type DraftContent, type StoredDraft } from './draft';
import type { ReportContent } from './types';

const whole = { key: 'r1', category: 'graft', description: ' 收受礼品 ', measure: '退还并通报', responsible: '张三', deadline: '2011-06-30', status: 'in_progress' as const, evidence: '  ' };
const half = { key: 'r2', category: 'formalism', description: '会议过多', status: 'planned' as const };
const SERVER: ReportContent = {
  rectifications: [{ key: 'r1', category: 'graft', description: '收受礼品', measure: '退还并通报', responsible: '张三', deadline: '2011-06-30', status: 'in_progress' }],
  institutions: [],
  trainings: [],
  summary: '',
};

describe('what a draft can save', () => {
  it('keeps whole items trimmed, without blank optional fields, and counts the half-written ones', () => {
    const draft: DraftContent = {
      rectifications: [whole, half],
      institutions: [{ key: 'i1', name: '首问负责制', documentNo: '', issuedOn: undefined }, { key: 'i2', name: ' ' }],
      trainings: [{ key: 't1', heldOn: '2011-03-02', topic: '政风建设动员', attendance: 0 }, { key: 't2', topic: '培训' }],
      summary: ' 总结 ',
    };
    const { content, incomplete } = sendable(draft);
    expect(incomplete).toBe(3);
    expect(content).toEqual({
      rectifications: [{ key: 'r1', category: 'graft', description: '收受礼品', measure: '退还并通报', responsible: '张三', deadline: '2011-06-30', status: 'in_progress' }],
      institutions: [{ key: 'i1', name: '首问负责制' }],
      trainings: [{ key: 't1', heldOn: '2011-03-02', topic: '政风建设动员', attendance: 0 }],
      summary: '总结',
    });
  });

  it('writes contents out alike whatever the order of their fields', () => {
    const reordered = { ...SERVER, rectifications: [{ status: 'in_progress' as const, deadline: '2011-06-30', responsible: '张三', measure: '退还并通报', description: '收受礼品', category: 'graft', key: 'r1' }] };
    expect(contentJson(reordered)).toBe(contentJson(SERVER));
    expect(sameAsServer({ ...draftOf(SERVER), rectifications: [whole] }, SERVER)).toBe(true);
    expect(sameAsServer({ ...draftOf(SERVER), rectifications: [whole, half] }, SERVER)).toBe(false);
  });
});

describe('the browser’s copy of a draft', () => {
  const local = (baseRevision: number, content: DraftContent): StoredDraft => ({ baseRevision, savedAt: 1_300_000_000_000, content });
  const changed: DraftContent = { ...draftOf(SERVER), summary: '新写的总结' };

  it('is read back only when it is one', () => {
    const copy = local(3, changed);
    expect(parseStoredDraft(JSON.stringify(copy))).toEqual(copy);
    expect(parseStoredDraft(null)).toBeNull();
    expect(parseStoredDraft('{not json')).toBeNull();
    expect(parseStoredDraft(JSON.stringify({ baseRevision: 'x' }))).toBeNull();
    // A damaged part is dropped, not the whole copy.
    expect(parseStoredDraft(JSON.stringify({ ...copy, content: { ...copy.content, trainings: 'x', rectifications: [{ key: 'r1', status: 'bogus' }] } }))?.content).toEqual({
      ...copy.content,
      trainings: [],
      rectifications: [{ key: 'r1' }],
    });
  });

  it('is taken up again when it changes the server’s current revision', () => {
    expect(localDraftChoice({ revision: 3, content: SERVER, canEdit: true }, local(3, changed))).toBe('restore');
  });

  it('is offered when the server moved on since', () => {
    expect(localDraftChoice({ revision: 4, content: SERVER, canEdit: true }, local(3, changed))).toBe('offer');
  });

  it('is dropped when it holds nothing new, or the report can no longer be edited', () => {
    expect(localDraftChoice({ revision: 5, content: SERVER, canEdit: true }, local(3, draftOf(SERVER)))).toBe('drop');
    expect(localDraftChoice({ revision: 3, content: SERVER, canEdit: false }, local(3, changed))).toBe('drop');
    expect(localDraftChoice({ revision: 3, content: SERVER, canEdit: true }, null)).toBe('none');
  });
});

describe('a rectification’s state', () => {
  it('is overdue past its deadline unless done', () => {
    expect(rectificationState({ status: 'in_progress', deadline: '2011-06-30' }, '2011-07-01')).toBe('overdue');
    expect(rectificationState({ status: 'in_progress', deadline: '2011-06-30' }, '2011-06-30')).toBe('in_progress');
    expect(rectificationState({ status: 'done', deadline: '2011-06-30' }, '2011-07-01')).toBe('done');
    expect(rectificationState({ status: 'planned' }, '2011-07-01')).toBe('planned');
    expect(rectificationState({}, '2011-07-01')).toBeNull();
  });
});
