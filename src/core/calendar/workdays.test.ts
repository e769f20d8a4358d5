import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, chinaDay, dayNumber, dayOf, deadlineState, WorkCalendar } from './workdays.js';

const cal = new WorkCalendar();

describe('working days', () => {
  it('knows the 2011 National Day holiday and its make-up weekend', () => {
    expect(['2011-10-01', '2011-10-03', '2011-10-07'].map((d) => cal.isWorkday(d))).toEqual([false, false, false]);
    // 调休: Saturday 8 and Sunday 9 October 2011 were working days
    expect(cal.isWorkday('2011-10-08')).toBe(true);
    expect(cal.isWorkday('2011-10-09')).toBe(true);
    // Friday 30 September + 3 working days = Sat 8, Sun 9, Mon 10 October
    expect(cal.addWorkdays('2011-09-30', 3)).toBe('2011-10-10');
    expect(cal.addWorkdays('2011-09-30', 1)).toBe('2011-10-08');
  });

  it('computes 15 working days across the 2026 Spring Festival', () => {
    // Holiday 15–23 February 2026; make-up working days Saturday 14 and Saturday 28 February
    expect(cal.isWorkday('2026-02-14')).toBe(true);
    expect(cal.isWorkday('2026-02-16')).toBe(false);
    expect(cal.isWorkday('2026-02-23')).toBe(false);
    expect(cal.isWorkday('2026-02-28')).toBe(true);
    // From Friday 13 Feb: 14 (Sat, make-up), 24, 25, 26, 27, 28 (Sat, make-up), Mar 2–6, 9–12
    expect(cal.addWorkdays('2026-02-13', 15)).toBe('2026-03-12');
    expect(cal.workdaysBetween('2026-02-13', '2026-03-12')).toBe(15);
  });

  it('counts ordinary weeks in 2024 and 2025', () => {
    expect(cal.addWorkdays('2024-06-03', 5)).toBe('2024-06-11'); // Dragon Boat Festival Mon 10 June 2024
    expect(cal.addWorkdays('2025-03-03', 15)).toBe('2025-03-24');
  });

  it('takes the office’s overrides for a year the package lacks', () => {
    expect(cal.isWorkday('2027-01-01')).toBe(true); // unknown year: plain weekday
    const y2027 = new WorkCalendar(new Map([['2027-01-01', false], ['2027-01-02', true]]));
    expect(y2027.isWorkday('2027-01-01')).toBe(false);
    expect(y2027.addWorkdays('2026-12-31', 2)).toBe('2027-01-04');
  });

  it('says when a deadline is due soon or overdue', () => {
    expect(deadlineState(cal, '2025-03-24', '2025-03-10')).toBe('on_time');
    expect(deadlineState(cal, '2025-03-24', '2025-03-20')).toBe('due_soon'); // Fri 21 and Mon 24 left
    expect(deadlineState(cal, '2025-03-24', '2025-03-19')).toBe('on_time');
    expect(deadlineState(cal, '2025-03-24', '2025-03-24')).toBe('due_soon');
    expect(deadlineState(cal, '2025-03-24', '2025-03-25')).toBe('overdue');
  });

  it('uses the calendar day in China', () => {
    expect(chinaDay(new Date('2011-09-30T16:30:00Z'))).toBe('2011-10-01');
    expect(addDays('2011-12-31', 1)).toBe('2012-01-01');
    expect(() => cal.addWorkdays('2011-01-01', 0)).toThrow(RangeError);
  });
});

describe('working-day arithmetic without walking day by day', () => {
  // The package's own day-by-day answer, with the office's overrides on top: the reference.
  const naive = (overrides: Map<string, boolean>) => {
    const isWorkday = (d: string) => overrides.get(d) ?? chineseDays.isWorkday(d);
    return {
      isWorkday,
      add(day: string, n: number) {
        let at = day;
        for (let left = n; left > 0; ) {
          at = addDays(at, 1);
          if (isWorkday(at)) left--;
        }
        return at;
      },
      between(from: string, to: string) {
        let count = 0;
        for (let at = addDays(from, 1); at <= to; at = addDays(at, 1)) if (isWorkday(at)) count++;
        return count;
      },
    };
  };

  it('agrees with walking day by day, official calendar and overrides alike', () => {
    const overrides = new Map([['2011-10-03', true], ['2011-10-08', false], ['2027-01-01', false], ['2027-01-02', true], ['2025-06-02', true]]);
    const day = fc.integer({ min: dayNumber('2003-06-01'), max: dayNumber('2028-06-01') }).map(dayOf);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 400 }), fc.boolean(), (from, n, span, withOverrides) => {
        const ours = withOverrides ? new WorkCalendar(overrides) : cal;
        const ref = naive(withOverrides ? overrides : new Map());
        expect(ours.addWorkdays(from, n)).toBe(ref.add(from, n));
        const to = addDays(from, span);
        expect(ours.workdaysBetween(from, to)).toBe(ref.between(from, to));
        expect(ours.isWorkday(to)).toBe(ref.isWorkday(to));
      }),
      { seed: 2011, numRuns: 300 },
    );
  });

  it('answers at once for days far in the future or the past, and refuses what is not a day', () => {
    const started = performance.now();
    expect(cal.workdaysBetween('2026-01-01', '9999-12-31')).toBeGreaterThan(2_000_000);
    expect(deadlineState(cal, '9999-12-31', '2026-12-03')).toBe('on_time');
    expect(cal.addWorkdays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => cal.addWorkdays('9999-12-31', 1)).toThrow(RangeError);
    expect(cal.workdaysBetween('0001-01-01', '0002-01-01')).toBe(261);
    expect(performance.now() - started).toBeLessThan(1000); // a walk over 8,000 years would take minutes
    for (const bad of ['10000-01-01', '2011-02-30', '2011-13-01', '', '2011-1-1']) expect(() => cal.addWorkdays(bad, 1)).toThrow(RangeError);
  });
});
