import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  channelOf,
  checkDays,
  fileRefusal,
  findingFieldRefusal,
  findingRefusal,
  isFinished,
  mayBeMember,
  mayManage,
  mayRecord,
  maySeeRound,
  mayTransition,
  recordRefusal,
  ROUND_STATUSES,
  ROUND_TRANSITIONS,
  roundEditRefusal,
} from './rules.js';

describe('round status changes', () => {
  const allowed = [
    ['planned', 'in_progress'],
    ['planned', 'cancelled'],
    ['in_progress', 'closed'],
  ];
  it('allows exactly the changes in the table, and no other', () => {
    for (const from of ROUND_STATUSES) {
      for (const to of ROUND_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(mayTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });
  it('ends at closed, or at cancelled for a round called off before it started', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    expect(allowedTransitions('cancelled')).toEqual([]);
    expect(ROUND_TRANSITIONS.in_progress).toEqual(['closed']);
    expect(ROUND_STATUSES.filter(isFinished)).toEqual(['closed', 'cancelled']);
  });
});

describe('who sees a round', () => {
  const round = { memberIds: [7, 8] };
  it('shows every round to the office and the leaders', () => {
    for (const role of ['office_admin', 'office_staff', 'leader'] as const) expect(maySeeRound({ role, userId: 1 }, round)).toBe(true);
  });
  it('shows an inspector only the rounds it is a member of', () => {
    expect(maySeeRound({ role: 'inspector', userId: 7 }, round)).toBe(true);
    expect(maySeeRound({ role: 'inspector', userId: 9 }, round)).toBe(false);
  });
  it('never shows a round to a unit liaison or the auditor, member ids or not', () => {
    expect(maySeeRound({ role: 'unit_liaison', userId: 7 }, round)).toBe(false);
    expect(maySeeRound({ role: 'auditor', userId: 8 }, round)).toBe(false);
  });
});

describe('who records findings', () => {
  const running = { memberIds: [7], status: 'in_progress' as const };
  it('lets the office and members record while the round is in progress', () => {
    expect(mayRecord({ role: 'office_staff', userId: 1 }, running)).toBe(true);
    expect(mayRecord({ role: 'office_admin', userId: 1 }, running)).toBe(true);
    expect(mayRecord({ role: 'inspector', userId: 7 }, running)).toBe(true);
  });
  it('refuses inspectors of other rounds, leaders and liaisons', () => {
    expect(mayRecord({ role: 'inspector', userId: 9 }, running)).toBe(false);
    expect(mayRecord({ role: 'leader', userId: 1 }, running)).toBe(false);
    expect(mayRecord({ role: 'unit_liaison', userId: 7 }, running)).toBe(false);
  });
  it('refuses everybody before the round starts and after it closes', () => {
    for (const status of ['planned', 'closed', 'cancelled'] as const) {
      expect(mayRecord({ role: 'office_staff', userId: 1 }, { memberIds: [7], status })).toBe(false);
      expect(mayRecord({ role: 'inspector', userId: 7 }, { memberIds: [7], status })).toBe(false);
    }
  });
  it('lets only the office manage rounds', () => {
    expect(mayManage({ role: 'office_staff' })).toBe(true);
    expect(mayManage({ role: 'leader' })).toBe(false);
    expect(mayManage({ role: 'inspector' })).toBe(false);
  });
});

describe('rounds and cases', () => {
  it('files open rounds’ findings on the inspection channel and covert visits’ on covert_visit', () => {
    expect(channelOf('open')).toBe('inspection');
    expect(channelOf('covert')).toBe('covert_visit');
  });
  it('blames endsOn when the round would end before it starts', () => {
    expect(checkDays('2011-05-10', '2011-05-09')).toEqual({ path: 'endsOn', message: 'must not be before startsOn' });
    expect(checkDays('2011-05-10', '2011-05-10')).toBeNull();
  });
});

describe('correcting and withdrawing a finding', () => {
  const open = { memberIds: [7, 8], status: 'in_progress' as const };
  const mine = { recordedBy: 7, filed: false, withdrawn: false };
  it('lets the office and the member who recorded it, while the round is in progress', () => {
    expect(findingRefusal({ role: 'office_staff', userId: 1 }, open, mine)).toBeNull();
    expect(findingRefusal({ role: 'office_admin', userId: 1 }, open, mine)).toBeNull();
    expect(findingRefusal({ role: 'inspector', userId: 7 }, open, mine)).toBeNull();
  });
  it('refuses another member, a former member, and anyone else', () => {
    expect(findingRefusal({ role: 'inspector', userId: 8 }, open, mine)).toBe('not_recorder');
    expect(findingRefusal({ role: 'inspector', userId: 7 }, { ...open, memberIds: [8] }, mine)).toBe('not_recorder');
    expect(findingRefusal({ role: 'leader', userId: 9 }, open, mine)).toBe('not_recorder');
  });
  it('lets the office correct a finding of a planned round, the recorder only while it runs', () => {
    expect(findingRefusal({ role: 'office_staff', userId: 1 }, { ...open, status: 'planned' }, mine)).toBeNull();
    expect(findingRefusal({ role: 'inspector', userId: 7 }, { ...open, status: 'planned' }, mine)).toBe('not_recorder');
  });
  it('freezes a finding once filed, withdrawn, or its round has ended, whoever asks', () => {
    const office = { role: 'office_staff' as const, userId: 1 };
    expect(findingRefusal(office, open, { ...mine, filed: true })).toBe('filed');
    expect(findingRefusal(office, open, { ...mine, withdrawn: true })).toBe('withdrawn');
    expect(findingRefusal(office, { ...open, status: 'closed' }, mine)).toBe('round_finished');
    expect(findingRefusal(office, { ...open, status: 'cancelled' }, mine)).toBe('round_finished');
  });
});

describe('refusals the store turns into answers', () => {
  const round = { memberIds: [7], status: 'in_progress' as const };
  it('refuses to change a round once it has ended, closed or called off', () => {
    expect(roundEditRefusal('planned')).toBeNull();
    expect(roundEditRefusal('in_progress')).toBeNull();
    expect(roundEditRefusal('closed')).toBe('round_closed');
    expect(roundEditRefusal('cancelled')).toBe('round_closed');
  });
  it('says why a finding cannot be recorded: the round is not running, or the user is not on it', () => {
    expect(recordRefusal({ role: 'inspector', userId: 7 }, round)).toBeNull();
    expect(recordRefusal({ role: 'office_staff', userId: 1 }, round)).toBeNull();
    expect(recordRefusal({ role: 'inspector', userId: 8 }, round)).toBe('not_member');
    expect(recordRefusal({ role: 'inspector', userId: 7 }, { ...round, status: 'planned' })).toBe('round_not_in_progress');
    expect(recordRefusal({ role: 'office_staff', userId: 1 }, { ...round, status: 'closed' })).toBe('round_not_in_progress');
  });
  it('files no withdrawn finding', () => {
    expect(fileRefusal({ withdrawn: true })).toBe('withdrawn');
    expect(fileRefusal({ withdrawn: false })).toBeNull();
  });
  it('checks a finding’s unit, then its category, then when it was seen', () => {
    const now = Date.parse('2011-06-01T08:00:00Z');
    const r = { unitIds: [3, 4] };
    expect(findingFieldRefusal(r, { unitId: 3, category: 'graft', observedAt: '2011-06-01T08:00:30Z' }, ['graft'], now)).toBeNull();
    expect(findingFieldRefusal(r, { unitId: 5, category: 'nope', observedAt: '2011-06-02T08:00:00Z' }, ['graft'], now)).toBe('unit_not_visited');
    expect(findingFieldRefusal(r, { category: 'nope', observedAt: '2011-06-02T08:00:00Z' }, ['graft'], now)).toBe('unknown_category');
    expect(findingFieldRefusal(r, { observedAt: '2011-06-01T08:01:01Z' }, [], now)).toBe('observed_in_future');
  });
  it('takes only inspector accounts still in use as members', () => {
    expect(mayBeMember({ role: 'inspector', disabled: false })).toBe(true);
    expect(mayBeMember({ role: 'inspector', disabled: true })).toBe(false);
    expect(mayBeMember({ role: 'office_staff', disabled: false })).toBe(false);
  });
});
