import { describe, expect, it } from 'vitest';
import { formatChange, formatScore, ratePercent } from './numbers';
import { frequencyKind, parsePeriod, periodDays, periodLabel, periodWithin, pickerPeriods, roundPeriodChoices, sortPeriods } from './periods';

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

describe('round periods within the campaign', () => {
  const qiqihar = { start: '2013-04-01', end: '2014-01-15' };

  it('reckons a period’s days as the server does', () => {
    expect(periodDays('2011Q2')).toEqual({ first: '2011-04-01', last: '2011-06-30' });
    expect(periodDays('2012H1')).toEqual({ first: '2012-01-01', last: '2012-06-30' });
    expect(periodDays('2013M02')).toEqual({ first: '2013-02-01', last: '2013-02-28' });
    expect(periodDays('2014')).toEqual({ first: '2014-01-01', last: '2014-12-31' });
    expect(periodDays('2011W07')).toBeNull();
  });

  it('keeps the periods that share a day with the campaign, its ends included', () => {
    expect(periodWithin('2013Q1', qiqihar)).toBe(false);
    expect(periodWithin('2013Q2', qiqihar)).toBe(true);
    expect(periodWithin('2014Q1', qiqihar)).toBe(true);
    expect(periodWithin('2014Q2', qiqihar)).toBe(false);
    expect(periodWithin('2014M01', { start: '2013-04-01', end: '2014-01-01' })).toBe(true);
    expect(periodWithin('2011W07', qiqihar)).toBe(false);
  });

  it('offers the periods of a campaign that runs into a second year', () => {
    expect(roundPeriodChoices('2013H2', 'half_yearly', qiqihar)).toEqual(['2013H1', '2013H2', '2014H1']);
    expect(roundPeriodChoices('2013H2', 'quarterly', qiqihar)).toEqual(['2013Q2', '2013Q3', '2013Q4', '2014Q1']);
    expect(roundPeriodChoices('2013H2', 'yearly', qiqihar)).toEqual(['2013', '2014']);
    expect(roundPeriodChoices('2013H2', 'monthly', qiqihar)).toEqual([
      '2013M04', '2013M05', '2013M06', '2013M07', '2013M08', '2013M09', '2013M10', '2013M11', '2013M12', '2014M01',
    ]);
  });

  it('offers only the periods of a campaign within one year', () => {
    expect(roundPeriodChoices('2011Q4', 'quarterly', { start: '2011-01-01', end: '2011-12-31' })).toEqual(['2011Q1', '2011Q2', '2011Q3', '2011Q4']);
    expect(roundPeriodChoices('2011Q3', 'quarterly', { start: '2011-03-01', end: '2011-09-30' })).toEqual(['2011Q1', '2011Q2', '2011Q3']);
  });

  it('falls back on the current period’s year when the campaign states no days', () => {
    expect(roundPeriodChoices('2011Q4', 'half_yearly', { start: null, end: null })).toEqual(['2011H1', '2011H2']);
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
