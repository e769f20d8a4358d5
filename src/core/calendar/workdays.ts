import calendarData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayNumber, dayOf, type Day } from './days.js';

// The pure day helpers live in days.ts (no calendar data, so the web may use them).
export { addDays, chinaDay, dayNumber, dayOf, today, type Day } from './days.js';

/** Years for which the official holiday and make-up-day schedule is known to the package. */
export const PUBLISHED_YEARS = { from: 2004, to: 2026 };

// Day 4 (1970-01-05) was a Monday: (n - 4) mod 7 is 0 on Mondays … 6 on Sundays.
const weekdayIndex = (n: number): number => (((n - 4) % 7) + 7) % 7;
const isWeekday = (n: number): boolean => weekdayIndex(n) < 5;
/** Monday-to-Friday days from a fixed Monday up to and including day n (negative before it). */
const weekdaysUpTo = (n: number): number => {
  const x = n - 4;
  const weeks = Math.floor(x / 7);
  return weeks * 5 + Math.min(x - weeks * 7 + 1, 5);
};
/** The day `k` (≥ 1) Monday-to-Friday days after day n. */
const addWeekdays = (n: number, k: number): number => {
  const target = weekdaysUpTo(n) + k;
  // The first day whose count reaches target: a weekday, found from whole weeks in O(1).
  const weeks = Math.floor((target - 1) / 5);
  return 4 + weeks * 7 + (target - 1 - weeks * 5);
};

/** The package's days that differ from Monday-to-Friday: holidays on weekdays, make-up working weekends. */
const OFFICIAL: ReadonlyMap<number, boolean> = (() => {
  const data = calendarData as { holidays: Record<string, string>; workdays: Record<string, string> };
  const map = new Map<number, boolean>();
  for (const day of Object.keys(data.holidays)) if (isWeekday(dayNumber(day))) map.set(dayNumber(day), false);
  for (const day of Object.keys(data.workdays)) if (!isWeekday(dayNumber(day))) map.set(dayNumber(day), true);
  return map;
})();

/**
 * The official working-day calendar (holidays and 调休 make-up working days, from the
 * `chinese-days` package) with the office's overrides on top, for years the package lacks or
 * local adjustments. `overrides` maps a day to true (working day) or false (day off).
 *
 * Arithmetic is Monday-to-Friday counting by formula, corrected by the sorted list of days that
 * differ from it: its cost grows with the holidays in the range, never with the days, so a due
 * date in the year 9999 costs no more than one next week.
 */
export class WorkCalendar {
  /** Day numbers that differ from Monday-to-Friday, ascending, with what they are instead. */
  private readonly exceptionDays: number[];
  private readonly exceptions: Map<number, boolean>;

  constructor(overrides: ReadonlyMap<Day, boolean> = new Map()) {
    this.exceptions = new Map(OFFICIAL);
    for (const [day, workday] of overrides) {
      const n = dayNumber(day);
      if (workday === isWeekday(n)) this.exceptions.delete(n);
      else this.exceptions.set(n, workday);
    }
    this.exceptionDays = [...this.exceptions.keys()].sort((a, b) => a - b);
  }

  isWorkday(day: Day): boolean {
    const n = dayNumber(day);
    return this.exceptions.get(n) ?? isWeekday(n);
  }

  /** Index of the first exception after day n. */
  private firstExceptionAfter(n: number): number {
    let lo = 0;
    let hi = this.exceptionDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.exceptionDays[mid] as number) <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The day `n` working days after `day` (n ≥ 1); `day` itself never counts. */
  addWorkdays(day: Day, n: number): Day {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive whole number');
    let at = dayNumber(day);
    let left = n;
    // Between exceptions the weekday formula holds; each exception passed is settled on its own.
    for (let i = this.firstExceptionAfter(at); i < this.exceptionDays.length; i++) {
      const next = this.exceptionDays[i] as number;
      const plain = weekdaysUpTo(next - 1) - weekdaysUpTo(at);
      if (plain >= left) break;
      left -= plain;
      at = next;
      if (this.exceptions.get(next)) left--;
      if (left === 0) return dayOf(next);
    }
    return dayOf(addWeekdays(at, left));
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workdaysBetween(from: Day, to: Day): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b <= a) return 0;
    let count = weekdaysUpTo(b) - weekdaysUpTo(a);
    for (let i = this.firstExceptionAfter(a); i < this.exceptionDays.length; i++) {
      const d = this.exceptionDays[i] as number;
      if (d > b) break;
      count += this.exceptions.get(d) ? 1 : -1;
    }
    return count;
  }
}

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue';

/** "Due soon" from `soonDays` working days before the deadline; "overdue" once the deadline day has passed. */
export function deadlineState(cal: WorkCalendar, due: Day, today: Day, soonDays = 2): DeadlineState {
  if (today > due) return 'overdue';
  return cal.workdaysBetween(today, due) <= soonDays ? 'due_soon' : 'on_time';
}
