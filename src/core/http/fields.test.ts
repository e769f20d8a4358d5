import { describe, expect, it } from 'vitest';
import { day } from './fields.js';

describe('day', () => {
  it('takes real calendar days within 1950–2099, leap days included', () => {
    for (const d of ['1950-01-01', '2011-02-28', '2012-02-29', '2000-02-29', '2099-12-31']) expect(day.safeParse(d).success, d).toBe(true);
  });

  it('refuses days that do not exist, with a message a person understands', () => {
    for (const d of ['2013-02-30', '2011-13-01', '2011-04-31', '2013-02-29', '2100-02-29', '2011-00-10', '2011-1-1', '20110101']) {
      const r = day.safeParse(d);
      expect(r.success, d).toBe(false);
      expect(r.error?.issues[0]?.message, d).toBe('must be a real day, YYYY-MM-DD');
    }
  });

  it('refuses days outside 1950–2099 and values that are not strings', () => {
    expect(day.safeParse('1949-12-31').error?.issues[0]?.message).toBe('must be between 1950-01-01 and 2099-12-31');
    expect(day.safeParse('2100-01-01').success).toBe(false);
    expect(day.safeParse(20110101).error?.issues[0]?.message).toMatch(/expected string/);
  });
});
