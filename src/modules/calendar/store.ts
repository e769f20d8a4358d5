import { asc, eq } from 'drizzle-orm';
import { notFound } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import { WorkCalendar, type Day } from '../../core/calendar/workdays.js';
import type { Queryable } from '../../core/db/client.js';
import { calendarOverrides } from '../../core/db/tables.js';

/** The working-day calendar with the office's overrides (a small table, read whole). */
export async function loadCalendar(db: Queryable): Promise<WorkCalendar> {
  const rows = await db.select({ day: calendarOverrides.day, workday: calendarOverrides.workday }).from(calendarOverrides);
  return new WorkCalendar(new Map(rows.map((r) => [r.day, r.workday])));
}

export const listOverrides = (db: Queryable) => db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.day));

export async function setOverride(w: Write, day: Day, workday: boolean, note: string | null): Promise<void> {
  const db = w.tx;
  await db
    .insert(calendarOverrides)
    .values({ day, workday, note })
    .onConflictDoUpdate({ target: calendarOverrides.day, set: { workday, note, updatedAt: new Date() } });
  await w.audit({ action: 'calendar.override_set', objectType: 'calendar_day', objectId: day, detail: { workday, note } });
}

export async function removeOverride(w: Write, day: Day): Promise<boolean> {
  const db = w.tx;
  const removed = await db.delete(calendarOverrides).where(eq(calendarOverrides.day, day)).returning();
  if (!removed.length) throw notFound('No override on that day');
  await w.audit({ action: 'calendar.override_remove', objectType: 'calendar_day', objectId: day });
  return removed.length > 0;
}
