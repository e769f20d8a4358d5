import { describe, expect, it } from 'vitest';
import { phaseIndexFor, suggestedDueDay } from './dueDay';

const PHASES = [
  { code: 'launch', start: '2011-01-01', end: '2011-02-28' },
  { code: 'rectification', start: '2011-03-01', end: '2011-09-30' },
  { code: 'consolidation', start: '2011-10-01', end: '2011-10-31' },
  { code: 'acceptance', start: '2011-11-01', end: '2011-12-31' },
];
const BEFORE = '2010-12-01';

describe('the phase a request is due in', () => {
  it('takes the phase the plan names for the self-inspection, else the first', () => {
    expect(phaseIndexFor('self_inspection', PHASES, 'rectification', BEFORE)).toBe(1);
    expect(phaseIndexFor('self_inspection', PHASES, undefined, BEFORE)).toBe(0);
    expect(phaseIndexFor('self_inspection', PHASES, 'no_such_phase', BEFORE)).toBe(0);
  });

  it('takes the second-to-last phase for re-rectification and the last for the summary', () => {
    expect(phaseIndexFor('rerectification', PHASES, 'launch', BEFORE)).toBe(2);
    expect(phaseIndexFor('summary', PHASES, 'launch', BEFORE)).toBe(3);
    expect(phaseIndexFor('rerectification', PHASES.slice(0, 1), undefined, BEFORE)).toBe(0);
  });

  it('takes the phase running today for any other report', () => {
    expect(phaseIndexFor('other', PHASES, undefined, '2011-10-15')).toBe(2);
    expect(phaseIndexFor('other', PHASES, undefined, BEFORE)).toBe(0);
    expect(phaseIndexFor('other', PHASES, undefined, '2012-03-01')).toBe(3);
  });

  it('has none without phases', () => {
    expect(phaseIndexFor('summary', [], undefined, BEFORE)).toBe(-1);
    expect(suggestedDueDay('summary', [], undefined, BEFORE)).toBeNull();
  });
});

describe('the suggested due day', () => {
  it('is the end of the fitting phase', () => {
    expect(suggestedDueDay('self_inspection', PHASES, 'launch', BEFORE)).toBe('2011-02-28');
    expect(suggestedDueDay('rerectification', PHASES, 'launch', BEFORE)).toBe('2011-10-31');
    expect(suggestedDueDay('summary', PHASES, 'launch', '2011-12-31')).toBe('2011-12-31');
  });

  it('moves on to the end of a later phase once the fitting one is over', () => {
    expect(suggestedDueDay('self_inspection', PHASES, 'launch', '2011-03-05')).toBe('2011-09-30');
    expect(suggestedDueDay('self_inspection', PHASES, 'launch', '2011-10-02')).toBe('2011-10-31');
  });

  it('stays the fitting phase’s end when the campaign is over', () => {
    expect(suggestedDueDay('rerectification', PHASES, undefined, '2012-01-10')).toBe('2011-10-31');
  });
});
