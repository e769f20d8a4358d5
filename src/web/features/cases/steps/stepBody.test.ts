import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { stepBody } from './stepBody';

describe('the body of each case step', () => {
  it('assigns to the chosen unit, with a due date only when one is given', () => {
    expect(stepBody('assign', { unitId: 5, dueDate: null, note: ' ' })).toEqual({ unitId: 5 });
    expect(stepBody('assign', { unitId: 5, dueDate: dayjs('2011-03-22') })).toEqual({ unitId: 5, dueDate: '2011-03-22' });
  });

  it('sends a response with its conclusion and evidence', () => {
    const evidence = [{ filename: 'p.pdf', contentBase64: 'JVBERi0=' }];
    expect(stepBody('respond', { findings: ' 属实 ', measures: '批评教育', substantiated: 'yes', note: 'ignored' }, evidence)).toEqual({
      findings: '属实',
      measures: '批评教育',
      substantiated: 'yes',
      attachments: evidence,
    });
  });

  it('reopens on a follow-up only when the reporter is unsatisfied', () => {
    expect(stepBody('follow_up', { satisfaction: 'satisfied', reopen: true })).toEqual({ satisfaction: 'satisfied', reopen: false });
    expect(stepBody('follow_up', { satisfaction: 'unsatisfied', reopen: true, comment: '没解决' })).toEqual({ satisfaction: 'unsatisfied', comment: '没解决', reopen: true });
  });

  it('sends only the keys each step takes', () => {
    expect(stepBody('accept', { reason: 'x', unitId: 3 })).toEqual({});
    expect(stepBody('request_extension', { workdays: 5, reason: '需现场核查' })).toEqual({ workdays: 5, reason: '需现场核查' });
    expect(stepBody('merge', { intoCaseId: 8 })).toEqual({ intoCaseId: 8 });
    expect(stepBody('grant_extension', { dueDate: dayjs('2011-04-01') })).toEqual({ dueDate: '2011-04-01' });
  });
});
