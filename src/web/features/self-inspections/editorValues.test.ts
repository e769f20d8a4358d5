import { describe, expect, it } from 'vitest';
import { draftOfValues, formValuesOf, usedKeys } from './editorValues';
import type { DraftContent } from './draft';

const DRAFT: DraftContent = {
  rectifications: [{ key: 'r1', category: 'graft', description: '收礼', measure: '退还', responsible: '张三', deadline: '2011-06-30', status: 'done', evidence: '退还凭证' }, { key: 'r2', status: 'planned' }],
  institutions: [{ key: 'i1', name: '首问负责制', issuedOn: '2011-03-01' }],
  trainings: [{ key: 't1', heldOn: '2011-03-02', topic: '动员', attendance: 40 }],
  summary: '总结',
};

describe('the editor’s values', () => {
  it('hold days as dates and give the same draft back', () => {
    const values = formValuesOf(DRAFT);
    expect(values.rectifications[0]?.deadline?.format('YYYY-MM-DD')).toBe('2011-06-30');
    expect(values.rectifications[1]?.deadline).toBeNull();
    expect(draftOfValues(values)).toEqual({ ...DRAFT, rectifications: [DRAFT.rectifications[0], { key: 'r2', status: 'planned', deadline: undefined }] });
  });

  it('take a form that has not filled its lists, and an emptied number', () => {
    expect(draftOfValues({})).toEqual({ rectifications: [], institutions: [], trainings: [], summary: '' });
    expect(draftOfValues({ trainings: [{ key: 't', attendance: null, heldOn: null }] }).trainings).toEqual([{ key: 't', heldOn: undefined, attendance: undefined }]);
  });

  it('know every key in use', () => {
    expect([...usedKeys(DRAFT)].sort()).toEqual(['i1', 'r1', 'r2', 't1']);
  });
});
