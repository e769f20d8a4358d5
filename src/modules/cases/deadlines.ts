import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { addDays, today, type Day } from '../../core/calendar/workdays.js';
import { DUE_HORIZON_DAYS } from '../../core/http/fields.js';
import type { Queryable } from '../../core/db/client.js';
import { deadlineRules } from './tables.js';
import { problemCategories } from '../plan/tables.js';
import type { Write } from '../../core/http/change.js';
import { badRequest } from '../../core/errors.js';
import { loadCalendar } from '../calendar/store.js';
import { handlingWorkdays } from './rules.js';

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

/** The current campaign's deadline rules, in the order they were set. */
export async function listDeadlineRules(db: Queryable, campaignId: number) {
  const found = await db.select().from(deadlineRules).where(eq(deadlineRules.campaignId, campaignId)).orderBy(asc(deadlineRules.id));
  return found.map((r) => ({ channel: r.channel, category: r.category, workdays: r.workdays }));
}

export type DeadlineRuleInput = { channel: string | null; category: string | null; workdays: number | null };

/** Sets (workdays) or removes (workdays null) the rule for a channel and/or category of a campaign. */
export async function setDeadlineRule(w: Write, campaignId: number, b: DeadlineRuleInput): Promise<void> {
  if (b.category !== null) {
    const [c] = await w.tx.select().from(problemCategories).where(and(eq(problemCategories.campaignId, campaignId), eq(problemCategories.code, b.category)));
    if (!c) throw badRequest('Unknown problem category', [{ path: 'category', message: `no category "${b.category}"` }]);
  }
  const scope: SQL[] = [
    eq(deadlineRules.campaignId, campaignId),
    b.channel === null ? isNull(deadlineRules.channel) : eq(deadlineRules.channel, b.channel),
    b.category === null ? isNull(deadlineRules.category) : eq(deadlineRules.category, b.category),
  ];
  await w.tx.delete(deadlineRules).where(and(...scope));
  if (b.workdays !== null) await w.tx.insert(deadlineRules).values({ campaignId, channel: b.channel, category: b.category, workdays: b.workdays });
  await w.audit({ action: 'deadline_rule.set', objectType: 'campaign', objectId: campaignId, detail: { ...b } });
}
