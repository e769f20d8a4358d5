import { describe, expect, it } from 'vitest';
import { campaignState, phaseStatus } from './campaignClock';
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
