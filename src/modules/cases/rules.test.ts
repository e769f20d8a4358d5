import { describe, expect, it } from 'vitest';
import { ACTIONS, allowedActions, extensionRefusal, handlingWorkdays, handOverRefusal, isValidIdNumber, mergeRefusal, isValidPhone, nextStatus, STATUSES, TRANSITIONS, type ActorKind } from './rules.js';

describe('case state machine', () => {
  const expected: [string, string, ActorKind, string][] = [
    ['received', 'accept', 'office', 'accepted'],
    ['received', 'reject', 'office', 'not_accepted'],
    ['received', 'merge', 'office', 'merged'],
    ['accepted', 'assign', 'office', 'assigned'],
    ['accepted', 'merge', 'office', 'merged'],
    ['assigned', 'transfer', 'office', 'assigned'],
    ['assigned', 'remind', 'office', 'assigned'],
    ['assigned', 'remind', 'system', 'assigned'],
    ['assigned', 'escalate', 'system', 'assigned'],
    ['assigned', 'escalate', 'office', 'assigned'],
    ['assigned', 'request_extension', 'liaison', 'assigned'],
    ['assigned', 'grant_extension', 'office', 'assigned'],
    ['assigned', 'respond', 'liaison', 'responded'],
    ['assigned', 'respond', 'office', 'responded'],
    ['responded', 'verify_close', 'office', 'closed'],
    ['responded', 'return', 'office', 'assigned'],
    ['closed', 'follow_up', 'office', 'closed'],
    ['closed', 'reopen', 'office', 'assigned'],
  ];

  it.each(expected)('%s --%s (%s)--> %s', (from, action, by, to) => {
    expect(nextStatus(from as never, action as never, by)).toEqual({ ok: true, to });
  });

  it('forbids every other combination of status, step and actor', () => {
    const allowed = new Set(expected.map(([from, action, by]) => `${from}|${action}|${by}`));
    let forbidden = 0;
    for (const status of STATUSES) {
      for (const action of ACTIONS) {
        for (const by of ['office', 'liaison', 'system'] as const) {
          if (allowed.has(`${status}|${action}|${by}`)) continue;
          expect(nextStatus(status, action, by), `${status} ${action} ${by}`).toMatchObject({ ok: false, reason: 'illegal_transition' });
          forbidden++;
        }
      }
    }
    expect(forbidden).toBe(STATUSES.length * ACTIONS.length * 3 - expected.length);
  });

  it('names the allowed steps when refusing one', () => {
    expect(nextStatus('received', 'verify_close', 'office')).toEqual({ ok: false, reason: 'illegal_transition', allowed: ['accept', 'reject', 'merge'] });
    expect(allowedActions('assigned', 'liaison')).toEqual(['request_extension', 'respond']);
    expect(allowedActions('not_accepted', 'office')).toEqual([]);
    expect(allowedActions('merged', 'office')).toEqual([]);
    expect(Object.keys(TRANSITIONS)).toHaveLength(14);
  });
});

describe('handling deadlines', () => {
  const rules = [
    { channel: null, category: null, workdays: 15 },
    { channel: 'hotline', category: null, workdays: 10 },
    { channel: null, category: 'graft', workdays: 7 },
    { channel: 'hotline', category: 'graft', workdays: 5 },
  ];
  it('takes the most specific rule', () => {
    expect(handlingWorkdays(rules, 'hotline', 'graft')).toBe(5);
    expect(handlingWorkdays(rules, 'web', 'graft')).toBe(7);
    expect(handlingWorkdays(rules, 'hotline', 'formalism')).toBe(10);
    expect(handlingWorkdays(rules, 'web', 'formalism')).toBe(15);
    expect(handlingWorkdays([], 'web', 'formalism')).toBe(15);
  });
});

describe('reporter fields', () => {
  it('checks identity card numbers', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300026')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });
  it('checks phone numbers', () => {
    expect(isValidPhone('13800138000')).toBe(true);
    expect(isValidPhone('0451-86000000')).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
  });
});

describe('step refusals', () => {
  it('hands a case over only to a unit, and a transfer only to another one', () => {
    expect(handOverRefusal(null, null, false)?.path).toBe('unitId');
    expect(handOverRefusal(3, 3, true)?.message).toBe('is the current unit');
    expect(handOverRefusal(3, 3, false)).toBeNull();
    expect(handOverRefusal(4, 3, true)).toBeNull();
  });

  it('extends only to a later day, and merges only into another live case', () => {
    expect(extensionRefusal('2011-05-06', '2011-05-06')?.path).toBe('dueDate');
    expect(extensionRefusal('2011-05-06', '2011-05-09')).toBeNull();
    expect(extensionRefusal(null, '2011-05-09')).toBeNull();
    expect(mergeRefusal(1, { id: 1, status: 'received' })?.message).toBe('is this case');
    expect(mergeRefusal(1, { id: 2, status: 'merged' })?.path).toBe('intoCaseId');
    expect(mergeRefusal(1, null)?.path).toBe('intoCaseId');
    expect(mergeRefusal(1, { id: 2, status: 'accepted' })).toBeNull();
  });
});
