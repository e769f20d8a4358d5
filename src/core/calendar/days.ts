/**
 * Calendar days as plain YYYY-MM-DD strings, and the day in China at an instant. Pure and small:
 * the web may import it (the working-day calendar and its data stay in workdays.ts).
 */

/** Dates are plain calendar days in China, written YYYY-MM-DD. */
export type Day = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD day (years 0000–9999); a RangeError for anything else. */
export function dayNumber(day: Day): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`not a day: ${day.slice(0, 20)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw new RangeError(`not a day: ${day}`);
  return Math.round(date.getTime() / DAY_MS);
}

/** The YYYY-MM-DD day of a day number; a RangeError outside years 0000–9999. */
export function dayOf(n: number): Day {
  const date = new Date(n * DAY_MS);
  const y = date.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) throw new RangeError('the day is outside years 0000–9999');
  return `${String(y).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(day: Day, n: number): Day {
  return dayOf(dayNumber(day) + n);
}

/** The calendar day in China (UTC+8, no daylight saving) at an instant. */
export function chinaDay(at: Date): Day {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Today in China: the one way the server asks what day it is. */
export function today(): Day {
  return chinaDay(new Date());
}
