import { describe, expect, it } from 'vitest';
import { fromServer, isRated, progress, toServer, unitState, unitsInErrors, type Answers } from './answers';

const units = [
  { id: 1, name: '市发改委' },
  { id: 2, name: '市建委' },
  { id: 3, name: '市环保局' },
];

describe('the evaluator’s answers', () => {
  it('counts a unit as rated when it has an overall rating or was not dealt with', () => {
    const answers: Answers = {
      1: { notDealt: false, levels: { overall: 'satisfied' }, comment: '' },
      2: { notDealt: false, levels: { execution: 'dissatisfied' }, comment: '' },
      3: { notDealt: true, levels: {}, comment: '' },
    };
    expect([1, 2, 3].map((id) => isRated(answers[id]))).toEqual([true, false, true]);
    expect([1, 2, 3].map((id) => unitState(answers[id]))).toEqual(['rated', 'partial', 'notDealt']);
    expect(unitState(undefined)).toBe('blank');
    expect(progress(answers, units)).toEqual({ rated: 2, total: 3 });
  });

  it('restores a draft, dropping units, criteria and levels the questionnaire does not have', () => {
    const restored = fromServer(
      [
        { unitId: 1, levels: { overall: 'satisfied', execution: 'great' as never, unknown: 'satisfied' }, comment: '窗口热情' },
        { unitId: 9, notDealt: true },
        { unitId: 3, notDealt: true, levels: {} },
      ],
      units,
      ['execution', 'overall'],
    );
    expect(restored).toEqual({
      1: { notDealt: false, levels: { overall: 'satisfied' }, comment: '窗口热情' },
      3: { notDealt: true, levels: {}, comment: '' },
    });
  });

  it('sends only filled-in units, in the units’ order, without the ratings of a unit not dealt with', () => {
    const answers: Answers = {
      3: { notDealt: true, levels: { overall: 'satisfied' }, comment: '  ' },
      2: { notDealt: false, levels: {}, comment: '' },
      1: { notDealt: false, levels: { overall: 'very_satisfied', formalism: undefined }, comment: ' 很好 ' },
    };
    expect(toServer(answers, units)).toEqual([
      { unitId: 1, notDealt: false, levels: { overall: 'very_satisfied' }, comment: '很好' },
      { unitId: 3, notDealt: true, levels: {} },
    ]);
  });

  it('finds the units a refusal points at', () => {
    const sent = [{ unitId: 7 }, { unitId: 8 }, { unitId: 9 }];
    expect(unitsInErrors([{ path: 'answers[2].unitId' }, { path: ['answers', 0, 'levels'] }, { path: 'answers' }, { path: 'body.answers.1.comment' }], sent)).toEqual([9, 7, 8]);
  });
});
