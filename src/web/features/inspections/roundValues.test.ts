import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { newRoundBody, newRoundValues, planRoundKinds, roundChangeBody, roundValuesOf, type RoundValues } from './roundValues';
import type { RoundDetail } from './types';

const values: RoundValues = {
  kind: 'covert',
  title: '  窗口单位暗访 ',
  startsOn: dayjs('2011-05-03'),
  endsOn: dayjs('2011-05-06'),
  unitIds: [4, 7],
  externalMembers: [{ name: ' 李明 ', affiliation: '人大代表' }, { name: '', affiliation: ' ' }, {}],
  notes: '  ',
};

describe('round form bodies', () => {
  it('trims, formats the days and drops blank outside-member rows', () => {
    expect(newRoundBody(values)).toEqual({
      kind: 'covert',
      title: '窗口单位暗访',
      startsOn: '2011-05-03',
      endsOn: '2011-05-06',
      unitIds: [4, 7],
      memberIds: [],
      externalMembers: [{ name: '李明', affiliation: '人大代表' }],
    });
  });

  it('clears emptied notes on a change and never sends the kind', () => {
    const body = roundChangeBody(values);
    expect(body.notes).toBeNull();
    expect(body).not.toHaveProperty('kind');
  });

  it('reads a round back into the form', () => {
    const round = {
      title: 'T', startsOn: '2011-05-03', endsOn: '2011-05-06', notes: null,
      units: [{ id: 4, name: '市环保局' }], members: [{ id: 9, displayName: '张检查' }], externalMembers: [],
    } as unknown as RoundDetail;
    const read = roundValuesOf(round);
    expect(read.startsOn.format('YYYY-MM-DD')).toBe('2011-05-03');
    expect(read.unitIds).toEqual([4]);
    expect(read.memberIds).toEqual([9]);
    expect(read.notes).toBeUndefined();
  });
});

describe('a new round as the plan has it', () => {
  const span = { start: '2013-04-01', end: '2014-01-15' };

  it('offers only the kinds of inspection the plan has', () => {
    expect(planRoundKinds({ open: { frequency: 'quarterly' }, covert: { frequency: 'quarterly' }, teamComposition: [] })).toEqual(['open', 'covert']);
    expect(planRoundKinds({ covert: { frequency: 'monthly', lead: '纪委' }, teamComposition: [] })).toEqual(['covert']);
    expect(planRoundKinds(undefined)).toEqual([]);
  });

  it('starts with the plan’s first kind, on today when the campaign is running', () => {
    const values = newRoundValues(['covert'], span, '2013-07-07');
    expect(values.kind).toBe('covert');
    expect(values.startsOn?.format('YYYY-MM-DD')).toBe('2013-07-07');
    expect(values.endsOn?.format('YYYY-MM-DD')).toBe('2013-07-07');
  });

  it('moves the days into the campaign when today is outside it', () => {
    expect(newRoundValues(['open'], span, '2026-03-01').startsOn?.format('YYYY-MM-DD')).toBe('2014-01-15');
    expect(newRoundValues(['open'], span, '2013-01-01').endsOn?.format('YYYY-MM-DD')).toBe('2013-04-01');
    expect(newRoundValues([], span, '2013-07-07')).not.toHaveProperty('kind');
  });
});
