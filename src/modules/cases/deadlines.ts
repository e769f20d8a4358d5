import { eq } from 'drizzle-orm';
import { addDays, chinaDay, type Day } from '../../core/calendar/workdays.js';
import { DUE_HORIZON_DAYS } from '../../core/http/fields.js';
import type { Queryable } from '../../core/db/client.js';
import { deadlineRules } from './tables.js';
import { badRequest } from '../../core/errors.js';
import { loadCalendar } from '../calendar/store.js';
import { handlingWorkdays } from './rules.js';

export const today = (): Day => chinaDay(new Date());

/** The due date for a case handed out today: the configured working days for its channel and category. */
export async function defaultDueDate(db: Queryable, c: { campaignId: number; channel: string; category: string }): Promise<Day> {
  const rules = await db.select().from(deadlineRules).where(eq(deadlineRules.campaignId, c.campaignId));
  const cal = await loadCalendar(db);
  return cal.addWorkdays(today(), handlingWorkdays(rules, c.channel, c.category));
}

/** A due date given by hand: not in the past, and a working day. */
export async function checkDueDate(db: Queryable, due: Day, path = 'dueDate'): Promise<Day> {
  if (due < today()) throw badRequest('The due date is in the past', [{ path, message: 'must be today or later' }]);
  if (due > addDays(today(), DUE_HORIZON_DAYS)) throw badRequest('The due date is too far ahead', [{ path, message: `must be within ${DUE_HORIZON_DAYS} days from today` }]);
  if (!(await loadCalendar(db)).isWorkday(due)) throw badRequest('The due date is not a working day', [{ path, message: 'is not a working day' }]);
  return due;
}
