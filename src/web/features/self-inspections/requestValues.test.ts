import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { newRequestBody } from './requestValues';

describe('a new request’s body', () => {
  it('asks every monitored unit unless units are chosen', () => {
    expect(newRequestBody({ kind: 'summary', title: ' 年终总结 ', dueDate: dayjs('2011-12-31'), instructions: '  ', scope: 'monitored', unitIds: [3] })).toEqual({
      kind: 'summary',
      title: '年终总结',
      dueDate: '2011-12-31',
    });
    expect(newRequestBody({ kind: 'self_inspection', title: '自查', dueDate: dayjs('2011-02-28'), instructions: ' 逐项查摆 ', scope: 'chosen', unitIds: [3, 5] })).toEqual({
      kind: 'self_inspection',
      title: '自查',
      dueDate: '2011-02-28',
      instructions: '逐项查摆',
      unitIds: [3, 5],
    });
  });
});
