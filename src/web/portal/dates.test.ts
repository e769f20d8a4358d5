import { describe, expect, it } from 'vitest';
import { clockLabel, dayIn, dayLabel, instantDayLabel } from './dates';

describe('dates on the portal', () => {
  it('writes a calendar day without shifting it across time zones', () => {
    expect(dayLabel('2011-03-31', 'zh-CN')).toBe('2011年3月31日');
    expect(dayLabel('2011-03-31', 'en')).toBe('March 31, 2011');
    expect(dayLabel('soon', 'en')).toBe('soon');
  });

  it('writes an instant in the given time zone', () => {
    expect(instantDayLabel('2011-04-10T17:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2011年4月11日');
    expect(clockLabel('2011-04-10T17:05:00Z', 'Asia/Shanghai')).toBe('01:05');
    expect(clockLabel('nonsense')).toBe('');
  });

  it('finds the day named in a sentence', () => {
    expect(dayIn('round 3 opens on 2011-04-01')).toBe('2011-04-01');
    expect(dayIn('not open yet')).toBeNull();
    expect(dayIn(undefined)).toBeNull();
  });
});
