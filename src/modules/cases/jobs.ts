import { getTableColumns, inArray, sql } from 'drizzle-orm';
import { systemActor } from '../../core/audit/audit.js';
import { writeIn } from '../../core/http/change.js';
import { chinaDay } from '../../core/calendar/workdays.js';
import { rows, type Db, type Queryable } from '../../core/db/client.js';
import { loadCalendar } from '../calendar/store.js';
import { takeStep, type StepBodies, type StepCase } from './steps.js';
import { cases } from './tables.js';

const BATCH = 200;

/**
 * Reminds units of cases due soon (催办) and escalates overdue ones (督办), through the same step
 * as the office (steps.ts: the same rules, timeline and notices), taken by the scheduler. Safe
 * with several instances (rows are claimed with FOR UPDATE SKIP LOCKED) and idempotent: each case
 * is reminded and escalated once per due date, so running it again changes nothing.
 */
export async function runDeadlineJob(db: Db, now = new Date()): Promise<{ reminded: number; escalated: number }> {
  const total = { reminded: 0, escalated: 0 };
  const actor = systemActor();
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const w = writeIn(tx, actor);
      const cal = await loadCalendar(tx);
      const today = chinaDay(now);
      const soon = cal.addWorkdays(today, 2);
      const reminded = await claim(tx, sql`due_date >= ${today} and due_date <= ${soon} and reminded_for is distinct from due_date`);
      for (const c of reminded) {
        await takeStep(w, SCHEDULER, c, 'remind', {}, { ...scheduled('remind', c), alsoSet: { remindedFor: c.dueDate } });
      }
      const overdue = await claim(tx, sql`due_date < ${today} and escalated_for is distinct from due_date`);
      for (const c of overdue) {
        await takeStep(w, SCHEDULER, c, 'escalate', {} as StepBodies['escalate'], { ...scheduled('escalate', c), alsoSet: { escalatedFor: c.dueDate } });
      }
      return { reminded: reminded.length, escalated: overdue.length };
    });
    total.reminded += done.reminded;
    total.escalated += done.escalated;
    if (done.reminded < BATCH && done.escalated < BATCH) return total;
  }
}

const SCHEDULER = { userId: null, kind: 'system' } as const;

/** What the scheduler's step says of itself: the due date it acted on, once per due date, automatic. */
const scheduled = (action: 'remind' | 'escalate', c: StepCase) => ({
  alsoData: { dueDate: c.dueDate },
  dedupeKey: `${action}:${c.id}:${c.dueDate}`,
  auditDetail: { dueDate: c.dueDate, automatic: true },
});

/** The columns a step reads: not the case's text or the reporter's sealed identity. */
const { body: _body, searchText: _searchText, reporterSealed: _reporterSealed, channelDetail: _channelDetail, personsConcerned: _personsConcerned, ...stepColumns } = getTableColumns(cases);

/**
 * Claims up to a batch of assigned cases that meet the condition, locked for this run, skipping
 * those another run holds, and those of a campaign the office closed (read-only: nobody is reminded).
 */
async function claim(tx: Queryable, condition: ReturnType<typeof sql>): Promise<StepCase[]> {
  const ids = await rows<{ id: number }>(
    tx,
    sql`select id from cases
        where status = 'assigned' and ${condition} and campaign_id not in (select id from campaigns where closed)
        order by id limit ${BATCH} for update skip locked`,
  );
  if (ids.length === 0) return [];
  return tx.select(stepColumns).from(cases).where(inArray(cases.id, ids.map((r) => Number(r.id)))).orderBy(cases.id);
}

/** Forgets idempotency keys after a day and rate-limit windows after an hour. */
export async function purgeShortLived(db: Queryable): Promise<void> {
  await db.execute(sql`delete from idempotency_keys where created_at < now() - interval '1 day'`);
  await db.execute(sql`delete from rate_limits where window_start < now() - interval '1 hour'`);
}
