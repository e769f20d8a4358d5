import chineseDays from 'chinese-days';

/** Dates are plain calendar days in China, written YYYY-MM-DD. */
export type Day = string;

const DAY_MS = 86_400_000;

export function addDays(day: Day, n: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day in China (UTC+8, no daylight saving) at an instant. */
export function chinaDay(at: Date): Day {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Years for which the official holiday and make-up-day schedule is known to the package. */
export const PUBLISHED_YEARS = { from: 2004, to: 2026 };

/**
 * The official working-day calendar (holidays and 调休 make-up working days, from the
 * `chinese-days` package) with the office's overrides on top, for years the package lacks or
 * local adjustments. `overrides` maps a day to true (working day) or false (day off).
 */
export class WorkCalendar {
  constructor(private readonly overrides: ReadonlyMap<Day, boolean> = new Map()) {}

  isWorkday(day: Day): boolean {
    const override = this.overrides.get(day);
    if (override !== undefined) return override;
    return chineseDays.isWorkday(day);
  }

  /** The day `n` working days after `day` (n ≥ 1); `day` itself never counts. */
  addWorkdays(day: Day, n: number): Day {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive whole number');
    let at = day;
    for (let left = n; left > 0; ) {
      at = addDays(at, 1);
      if (this.isWorkday(at)) left--;
    }
    return at;
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workdaysBetween(from: Day, to: Day): number {
    let count = 0;
    for (let at = addDays(from, 1); at <= to; at = addDays(at, 1)) if (this.isWorkday(at)) count++;
    return count;
  }
}

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue';

/** "Due soon" from `soonDays` working days before the deadline; "overdue" once the deadline day has passed. */
export function deadlineState(cal: WorkCalendar, due: Day, today: Day, soonDays = 2): DeadlineState {
  if (today > due) return 'overdue';
  return cal.workdaysBetween(today, due) <= soonDays ? 'due_soon' : 'on_time';
}
