import { z } from 'zod';
import { addDays, today } from '../calendar/days.js';

/**
 * The bounded building blocks every route's schema is made of: an id fits its column, a day or an
 * instant lies in a range a person could mean, so that nothing out of range reaches the database
 * or the date arithmetic. Strings are checked for NUL and broken UTF-16 once for every route, at
 * the edge (`well-formed.ts`).
 */

/** The largest value of a PostgreSQL `integer` (serial) column. */
export const INT32_MAX = 2_147_483_647;

/** An id of a serial (int4) column, in a JSON body. */
export const id = z.number().int().min(1).max(INT32_MAX);
/** The same in a path or query string. */
export const idParam = z.coerce.number().int().min(1).max(INT32_MAX);
/** An id of a bigserial column (cases and what hangs on them), in a JSON body. */
export const bigId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** The same in a path or query string. */
export const bigIdParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Days and instants the platform accepts at all: a campaign's records, never year 0 or 10000. */
export const DAY_RANGE = { from: '1950-01-01', to: '2099-12-31' } as const;
const inRange = (d: string) => d >= DAY_RANGE.from && d <= DAY_RANGE.to;
const rangeMessage = `must be between ${DAY_RANGE.from} and ${DAY_RANGE.to}`;

/**
 * A calendar day, YYYY-MM-DD, that exists (no 2013-02-30, no 2011-13-01: zod's ISO date knows the
 * months' lengths and the leap years), within DAY_RANGE.
 */
export const day = z.iso.date({ error: (iss) => (iss.code === 'invalid_format' ? 'must be a real day, YYYY-MM-DD' : undefined) }).refine(inRange, rangeMessage);
/** An instant with its offset, within DAY_RANGE. */
export const instant = z.iso.datetime({ offset: true }).refine((v) => isSaneInstant(v), rangeMessage);

/** A day not after today in China (a postmark, a publication, a decision). */
export const pastDay = day.refine((v) => v <= today(), 'cannot be in the future');
/** An instant not in the future (a minute's grace for clocks). */
export const pastInstant = instant.refine((v) => Date.parse(v) <= Date.now() + 60_000, 'cannot be in the future');

/** How far ahead a handling due date may be set: a year, the length of a campaign. */
export const DUE_HORIZON_DAYS = 366;
/** A handling due date given by hand: at most a year ahead (not in the past is checked with the case). */
export const dueDay = day.refine((v) => v <= addDays(today(), DUE_HORIZON_DAYS), `must be within ${DUE_HORIZON_DAYS} days from today`);

/** Whether a timestamp (from a request or a cursor) is a real instant within DAY_RANGE; never throws. */
export function isSaneInstant(v: string): boolean {
  const t = Date.parse(v);
  return Number.isFinite(t) && inRange(new Date(t).toISOString().slice(0, 10));
}
