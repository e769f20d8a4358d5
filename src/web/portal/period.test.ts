import { describe, expect, it } from 'vitest';
import { periodLabel } from './period';

describe('period labels', () => {
  it('names quarters, halves, months and years in Chinese', () => {
    expect(periodLabel('2011Q1', 'zh-CN')).toBe('2011年第一季度');
    expect(periodLabel('2011Q4', 'zh-CN')).toBe('2011年第四季度');
    expect(periodLabel('2011H1', 'zh-CN')).toBe('2011年上半年');
    expect(periodLabel('2011H2', 'zh-CN')).toBe('2011年下半年');
    expect(periodLabel('2011M03', 'zh-CN')).toBe('2011年3月');
    expect(periodLabel('2011M12', 'zh-CN')).toBe('2011年12月');
    expect(periodLabel('2011', 'zh-CN')).toBe('2011年度');
  });

  it('names them in English', () => {
    expect(periodLabel('2011Q1', 'en')).toBe('Q1 2011');
    expect(periodLabel('2011H2', 'en')).toBe('Second half of 2011');
    expect(periodLabel('2011M03', 'en')).toBe('March 2011');
    expect(periodLabel('2011', 'en')).toBe('Year 2011');
  });

  it('leaves what is not a period as it is', () => {
    for (const odd of ['2011Q5', '2011H3', '2011M00', '2011M13', '2011M3', '11Q1', '', 'Q1 2011']) expect(periodLabel(odd, 'zh-CN')).toBe(odd);
  });
});
