import { describe, expect, it } from 'vitest';
import { formatChange, formatScore, ratePercent } from './numbers';
import { frequencyKind, parsePeriod, periodLabel, pickerPeriods, roundPeriodChoices, sortPeriods } from './periods';

describe('periodLabel', () => {
  it('names quarters in both languages', () => {
    expect(periodLabel('2011Q1', 'zh-CN')).toBe('2011年第一季度');
    expect(periodLabel('2011Q4', 'zh-CN')).toBe('2011年第四季度');
    expect(periodLabel('2011Q1', 'en')).toBe('Q1 2011');
  });

  it('names halves, months and years', () => {
    expect(periodLabel('2011H2', 'zh-CN')).toBe('2011年下半年');
    expect(periodLabel('2011H1', 'en')).toBe('H1 2011');
    expect(periodLabel('2011M03', 'zh-CN')).toBe('2011年3月');
    expect(periodLabel('2011M12', 'en')).toBe('December 2011');
    expect(periodLabel('2011', 'zh-CN')).toBe('2011年度');
    expect(periodLabel('2011', 'en')).toBe('2011');
  });

  it('shows a code it does not know as sent', () => {
    expect(periodLabel('2011W07', 'zh-CN')).toBe('2011W07');
    expect(parsePeriod('2011Q5')).toBeNull();
    expect(parsePeriod('2011M13')).toBeNull();
  });
});

describe('sortPeriods and pickerPeriods', () => {
  it('puts the newest first and each period once', () => {
    expect(sortPeriods(['2011Q1', '2012Q1', '2011Q3', '2011Q1'])).toEqual(['2012Q1', '2011Q3', '2011Q1']);
  });

  it('orders periods of different kinds by the month they start', () => {
    expect(sortPeriods(['2011', '2011M05', '2011Q3', '2011H1'])).toEqual(['2011Q3', '2011M05', '2011H1', '2011']);
  });

  it('adds the current period to the periods with rounds', () => {
    expect(pickerPeriods(['2011Q2', '2011Q1'], '2011Q4')).toEqual(['2011Q4', '2011Q2', '2011Q1']);
    expect(pickerPeriods([], '2011Q4')).toEqual(['2011Q4']);
    expect(pickerPeriods(['2011Q3'], '2011Q4', '2011Q1')).toEqual(['2011Q4', '2011Q3', '2011Q1']);
  });
});

describe('round periods', () => {
  it('offers the periods of the campaign year in the panel frequency', () => {
    expect(roundPeriodChoices('2011Q4', 'quarterly')).toEqual(['2011Q1', '2011Q2', '2011Q3', '2011Q4']);
    expect(roundPeriodChoices('2011Q4', 'yearly')).toEqual(['2011']);
    expect(roundPeriodChoices('2011Q2', 'monthly')).toHaveLength(12);
  });

  it('names periods as the server does for each frequency', () => {
    expect(frequencyKind('quarterly')).toBe('Q');
    expect(frequencyKind('half_yearly')).toBe('H');
    expect(frequencyKind('monthly')).toBe('M');
    expect(frequencyKind('weekly')).toBe('Y');
    expect(roundPeriodChoices('2011Q4', 'half_yearly')).toEqual(['2011H1', '2011H2']);
  });
});

describe('numbers', () => {
  it('writes scores, changes and rates', () => {
    expect(formatScore(86.44)).toBe('86.4');
    expect(formatChange(1.25)).toBe('+1.3');
    expect(formatChange(-0.54)).toBe('-0.5');
    expect(formatChange(0.01)).toBe('0.0');
    expect(ratePercent(0.8734)).toBe(87.3);
    expect(ratePercent(0)).toBe(0);
    expect(ratePercent(1.2)).toBe(100);
  });
});
