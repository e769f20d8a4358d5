import { sql } from 'drizzle-orm';
import { audit, systemActor } from '../../core/audit/audit.js';
import { chinaDay } from '../../core/calendar/workdays.js';
import { rows, type Db, type Queryable } from '../../core/db/client.js';
import { caseEvents } from './tables.js';
import { loadCalendar } from '../calendar/store.js';
import { liaisonsOf, notify, officeUsers } from '../notifications/store.js';

type Due = { id: number; code: string; title: string; assigned_unit_id: number; due_date: string; escalation_level: number };

const BATCH = 200;

/**
 * Reminds units of cases due soon (催办) and escalates overdue ones (督办). Safe with several
 * instances (rows are claimed with FOR UPDATE SKIP LOCKED) and idempotent: each case is
 * reminded and escalated once per due date, so running it again changes nothing.
 */
export async function runDeadlineJob(db: Db, now = new Date()): Promise<{ reminded: number; escalated: number }> {
  const total = { reminded: 0, escalated: 0 };
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const cal = await loadCalendar(tx);
      const today = chinaDay(now);
      const soon = cal.addWorkdays(today, 2);
      const reminded = await claim(tx, sql`due_date >= ${today} and due_date <= ${soon} and reminded_for is distinct from due_date`);
      for (const c of reminded) {
        await step(tx, c, 'remind', sql`reminded_for = due_date`, `催办：${c.code} 将于 ${c.due_date} 到期`, await liaisonsOf(tx, c.assigned_unit_id));
      }
      const overdue = await claim(tx, sql`due_date < ${today} and escalated_for is distinct from due_date`);
      for (const c of overdue) {
        const users = [...(await liaisonsOf(tx, c.assigned_unit_id)), ...(await officeUsers(tx))];
        await step(tx, c, 'escalate', sql`escalated_for = due_date, escalation_level = escalation_level + 1`, `督办（${c.escalation_level + 1}级）：${c.code} 已超期（期限 ${c.due_date}）`, users, c.escalation_level + 1);
      }
      return { reminded: reminded.length, escalated: overdue.length };
    });
    total.reminded += done.reminded;
    total.escalated += done.escalated;
    if (done.reminded < BATCH && done.escalated < BATCH) return total;
  }
}

function claim(tx: Queryable, condition: ReturnType<typeof sql>): Promise<Due[]> {
  return rows<Due>(
    tx,
    sql`select id, code, title, assigned_unit_id, due_date::text as due_date, escalation_level from cases
        where status = 'assigned' and ${condition}
        order by id limit ${BATCH} for update skip locked`,
  );
}

async function step(tx: Queryable, c: Due, action: 'remind' | 'escalate', set: ReturnType<typeof sql>, title: string, users: number[], level?: number): Promise<void> {
  const id = Number(c.id);
  await tx.execute(sql`update cases set ${set}, updated_at = now() where id = ${id}`);
  await tx.insert(caseEvents).values({
    caseId: id,
    actorKind: 'system',
    action,
    fromStatus: 'assigned',
    toStatus: 'assigned',
    reason: action === 'remind' ? '即将到期自动催办' : '超期自动督办',
    data: { dueDate: c.due_date, ...(level ? { level } : {}) },
  });
  await notify(tx, users, { kind: action, caseId: id, title, dedupeKey: `${action}:${id}:${c.due_date}` });
  await audit(tx, systemActor(), { action: `case.${action}`, objectType: 'case', objectId: id, detail: { dueDate: c.due_date, automatic: true } });
}

/** Forgets idempotency keys after a day and rate-limit windows after an hour. */
export async function purgeShortLived(db: Queryable): Promise<void> {
  await db.execute(sql`delete from idempotency_keys where created_at < now() - interval '1 day'`);
  await db.execute(sql`delete from rate_limits where window_start < now() - interval '1 hour'`);
}
