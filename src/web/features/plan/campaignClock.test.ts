import { describe, expect, it } from 'vitest';
import { campaignState, clampDay, outsideSpan, phasesSpan, phaseStatus } from './campaignClock';
import type { Phase } from './types';

const phase = (code: string, start: string, end: string): Phase => ({ code, name: code, start, end, description: '' });
const PHASES = [
  phase('launch', '2011-01-01', '2011-02-28'),
  phase('rectification', '2011-03-01', '2011-09-30'),
  phase('acceptance', '2011-11-01', '2011-12-31'),
];

describe('campaignState', () => {
  it('says not started before the first phase', () => {
    expect(campaignState(PHASES, '2010-12-31')).toEqual({ state: 'notStarted', start: '2011-01-01' });
  });

  it('says ended after the last phase', () => {
    expect(campaignState(PHASES, '2012-01-01')).toEqual({ state: 'ended', end: '2011-12-31' });
  });

  it('finds the running phase with inclusive ends', () => {
    const state = campaignState(PHASES, '2011-02-28');
    expect(state).toMatchObject({ state: 'running', phaseIndex: 0, day: 59, total: 365 });
  });

  it('reports a gap between phases as no phase', () => {
    expect(campaignState(PHASES, '2011-10-15')).toMatchObject({ state: 'running', phaseIndex: null });
  });

  it('handles a plan without phases', () => {
    expect(campaignState([], '2011-05-01')).toEqual({ state: 'empty' });
  });
});

describe('phaseStatus', () => {
  it('marks past, current and future phases', () => {
    expect(PHASES.map((p) => phaseStatus(p, '2011-03-01'))).toEqual(['finish', 'process', 'wait']);
  });
});

describe('the campaign span', () => {
  const span = phasesSpan([phase('mobilise', '2013-04-01', '2013-05-31'), phase('review', '2013-11-01', '2014-01-15'), phase('remedy', '2013-06-01', '2013-10-31')]);

  it('runs from the first phase’s start to the last phase’s end, whatever their order', () => {
    expect(span).toEqual({ start: '2013-04-01', end: '2014-01-15' });
    expect(phasesSpan([])).toEqual({ start: null, end: null });
  });

  it('moves a day into the span and leaves a day within it', () => {
    expect(clampDay(span, '2026-03-01')).toBe('2014-01-15');
    expect(clampDay(span, '2012-12-31')).toBe('2013-04-01');
    expect(clampDay(span, '2013-07-07')).toBe('2013-07-07');
    expect(clampDay({ start: null, end: null }, '2026-03-01')).toBe('2026-03-01');
  });

  it('tells the days outside the span, its ends included within', () => {
    expect(['2013-03-31', '2013-04-01', '2014-01-15', '2014-01-16'].map((day) => outsideSpan(span, day))).toEqual([true, false, false, true]);
    expect(outsideSpan({ start: null, end: null }, '1999-01-01')).toBe(false);
  });
});
