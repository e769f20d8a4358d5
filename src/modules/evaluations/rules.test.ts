import { describe, expect, it } from 'vitest';
import {
  answerErrors,
  approvalRefusal,
  currentPeriod,
  periodDays,
  periodOutside,
  evaluatorChangeRefusal,
  invitationProblem,
  invitationStatus,
  invitingRefusal,
  passesFilter,
  periodMatches,
  periodOf,
  previousPeriod,
  releaseRefusal,
  roundDaysRefusal,
  roundEditRefusal,
  roundState,
  unitsChangeRefusal,
  unitsToRate,
} from './rules.js';

describe('periods', () => {
  it('names the period a day falls in, for each rhythm', () => {
    expect(periodOf('2011-03-31', 'quarterly')).toBe('2011Q1');
    expect(periodOf('2011-04-01', 'quarterly')).toBe('2011Q2');
    expect(periodOf('2011-07-01', 'half_yearly')).toBe('2011H2');
    expect(periodOf('2011-09-15', 'monthly')).toBe('2011M09');
    expect(periodOf('2011-09-15', 'yearly')).toBe('2011');
  });
  it('keeps the current period inside the campaign, whatever the machine’s clock says', () => {
    const y2011 = { start: '2011-03-01', end: '2011-12-31' };
    expect(currentPeriod(y2011, '2026-11-28', 'quarterly')).toBe('2011Q4');
    expect(currentPeriod(y2011, '2010-06-01', 'quarterly')).toBe('2011Q1');
    expect(currentPeriod(y2011, '2011-05-20', 'quarterly')).toBe('2011Q2');
    // A campaign across the turn of a year.
    const across = { start: '2013-07-01', end: '2014-06-30' };
    expect(currentPeriod(across, '2026-01-01', 'half_yearly')).toBe('2014H1');
    expect(currentPeriod(across, '2012-01-01', 'half_yearly')).toBe('2013H2');
  });
  it('knows a period’s days and whether it shares any with the campaign', () => {
    expect(periodDays('2011Q2')).toEqual({ first: '2011-04-01', last: '2011-06-30' });
    expect(periodDays('2012H1')).toEqual({ first: '2012-01-01', last: '2012-06-30' });
    expect(periodDays('2011M02')).toEqual({ first: '2011-02-01', last: '2011-02-28' });
    expect(periodDays('2012M02')).toEqual({ first: '2012-02-01', last: '2012-02-29' });
    expect(periodDays('2011')).toEqual({ first: '2011-01-01', last: '2011-12-31' });
    expect(periodDays('2011Q5')).toBeNull();
    const y2011 = { start: '2011-03-01', end: '2011-12-31' };
    expect(periodOutside('2011Q1', y2011)).toBe(false);
    expect(periodOutside('2026Q4', y2011)).toBe(true);
    expect(periodOutside('2010Q4', y2011)).toBe(true);
    expect(periodOutside('2011M02', y2011)).toBe(true);
  });
  it('steps back one period, across the turn of the year', () => {
    expect(previousPeriod('2011Q1')).toBe('2010Q4');
    expect(previousPeriod('2011Q3')).toBe('2011Q2');
    expect(previousPeriod('2011H1')).toBe('2010H2');
    expect(previousPeriod('2011M01')).toBe('2010M12');
    expect(previousPeriod('2011M10')).toBe('2011M09');
    expect(previousPeriod('2011')).toBe('2010');
  });
  it('checks a period against the panel’s rhythm', () => {
    expect(periodMatches('2011Q2', 'quarterly')).toBe(true);
    expect(periodMatches('2011M04', 'quarterly')).toBe(false);
    expect(periodMatches('2011', 'yearly')).toBe(true);
  });
});

describe('rounds and invitations', () => {
  const round = { opensOn: '2011-04-01', closesOn: '2011-04-15', closedAt: null };
  it('is scheduled, open through its last day, then closed; or closed early', () => {
    expect(roundState(round, '2011-03-31')).toBe('scheduled');
    expect(roundState(round, '2011-04-01')).toBe('open');
    expect(roundState(round, '2011-04-15')).toBe('open');
    expect(roundState(round, '2011-04-16')).toBe('closed');
    expect(roundState({ ...round, closedAt: new Date() }, '2011-04-02')).toBe('closed');
  });
  it('names the first thing wrong with a link', () => {
    const found = { roundId: 7, submittedAt: null, round };
    expect(invitationProblem(null, 7, '2011-04-02')).toBe('unknown_token');
    expect(invitationProblem(found, 8, '2011-04-02')).toBe('wrong_round');
    expect(invitationProblem({ ...found, submittedAt: new Date() }, 7, '2011-04-20')).toBe('invitation_submitted');
    expect(invitationProblem(found, 7, '2011-04-20')).toBe('evaluation_closed');
    expect(invitationProblem(found, 7, '2011-03-01')).toBe('round_not_open');
    expect(invitationProblem(found, 7, '2011-04-02')).toBeNull();
  });
  it('lets an evaluator rate the units they dealt with, or all when the registry does not say', () => {
    expect(unitsToRate([1, 2, 3], [])).toEqual([1, 2, 3]);
    expect(unitsToRate([1, 2, 3], [3, 1, 9])).toEqual([1, 3]);
    expect(unitsToRate([1, 2, 3], [9])).toEqual([1, 2, 3]);
  });
});

describe('answers', () => {
  const criteria = ['cold_attitude', 'overall'];
  it('names the field of each problem', () => {
    const errors = answerErrors(
      [
        { unitId: 9, notDealt: false, levels: { overall: 'satisfied' } },
        { unitId: 1, notDealt: false, levels: { made_up: 'satisfied' } },
        { unitId: 1, notDealt: true, levels: {} },
      ],
      [1, 2],
      criteria,
      false,
    );
    expect(errors.map((e) => e.path)).toEqual(['answers[0].unitId', 'answers[1].levels.made_up', 'answers[2].unitId']);
  });
  it('asks at submission for at least one unit rated overall or marked as not dealt with', () => {
    const partial = [{ unitId: 1, notDealt: false, levels: { cold_attitude: 'satisfied' as const } }];
    expect(answerErrors(partial, [1], criteria, false)).toEqual([]);
    expect(answerErrors(partial, [1], criteria, true).map((e) => e.path)).toEqual(['answers']);
    expect(answerErrors([{ unitId: 1, notDealt: true, levels: {} }], [1], criteria, true)).toEqual([]);
  });
});

describe('the office’s changes', () => {
  const round = { opensOn: '2011-04-01', closesOn: '2011-04-20', closedAt: null };
  it('changes the dates of a round past its last day, but not of one closed by hand', () => {
    expect(roundEditRefusal(round)).toBeNull();
    expect(roundEditRefusal({ closedAt: new Date() })).toBe('round_closed');
    expect(roundDaysRefusal('2011-04-01', '2011-04-01')).toBeNull();
    expect(roundDaysRefusal('2011-04-02', '2011-04-01')).toBe('closes_before_opening');
    expect(unitsChangeRefusal(0)).toBeNull();
    expect(unitsChangeRefusal(1)).toBe('round_answered');
  });
  it('issues links and reminds until the round has ended, by hand or by its dates', () => {
    expect(invitingRefusal(round, '2011-03-01')).toBeNull();
    expect(invitingRefusal(round, '2011-04-20')).toBeNull();
    expect(invitingRefusal(round, '2011-04-21')).toBe('round_closed');
    expect(invitingRefusal({ ...round, closedAt: new Date() }, '2011-04-10')).toBe('round_closed');
  });
  it('keeps an invited evaluator, a filed comment and an approved version as they are', () => {
    expect(evaluatorChangeRefusal(0)).toBeNull();
    expect(evaluatorChangeRefusal(2)).toBe('evaluator_invited');
    expect(releaseRefusal({ filed: true }, true)).toBe('comment_filed');
    expect(releaseRefusal({ filed: true }, false)).toBeNull();
    expect(releaseRefusal({ filed: false }, true)).toBeNull();
    expect(approvalRefusal({ status: 'approved' })).toBe('already_approved');
    expect(approvalRefusal({ status: 'pending' })).toBeNull();
  });
  it('names an invitation’s state and filters on it', () => {
    expect(invitationStatus({ submittedAt: new Date(), draft: { answers: [] } })).toBe('submitted');
    expect(invitationStatus({ submittedAt: null, draft: { answers: [] } })).toBe('draft');
    expect(invitationStatus({ submittedAt: null, draft: null })).toBe('pending');
    expect(passesFilter('draft', 'unanswered')).toBe(true);
    expect(passesFilter('submitted', 'unanswered')).toBe(false);
    expect(passesFilter('pending', 'draft')).toBe(false);
    expect(passesFilter('pending', undefined)).toBe(true);
  });
});
