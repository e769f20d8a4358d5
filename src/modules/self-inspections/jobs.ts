import { sql, type SQL } from 'drizzle-orm';
import { today as chinaToday } from '../../core/calendar/days.js';
import { rows, type Db } from '../../core/db/client.js';
import { loadCalendar } from '../calendar/store.js';
import { liaisonsOnly, notify } from '../notifications/store.js';

/** At most this many reminders of each kind per run: the next run takes the rest. */
const BATCH = 500;

/**
 * Some active liaison of the report's unit has not had the notice with this dedupe key (stored as
 * the key and the user's id): a unit without liaisons, or whose liaisons all had it, is passed over,
 * so a run never spends its batch on reminders it cannot or need not send.
 */
const someoneToTell = (key: SQL) => sql`exists (
  select 1 from users u
  where u.unit_id = r.unit_id and u.role = 'unit_liaison' and not u.disabled
    and not exists (select 1 from notifications n where n.dedupe_key = ${key} || ':' || u.id))`;

/**
 * Reminds units of their self-inspection reports: due within two working days, late, and
 * rectifications past their deadline (once per report and due day, or per item and deadline).
 * Idempotent and safe with several instances: each notice carries a dedupe key, so running it
 * again, or on two instances at once, sends nothing twice. Closed campaigns remind nobody.
 */
export async function runSelfInspectionJob(db: Db, day = chinaToday()): Promise<{ dueSoon: number; late: number; overdue: number }> {
  const cal = await loadCalendar(db);
  const soon = cal.addWorkdays(day, 2);
  const open = sql`r.status in ('open', 'returned') and not c.closed`;
  const due = await rows<{ id: number; unit_id: number; title: string; due_date: string; campaign_id: number; late: boolean }>(
    db,
    sql`select r.id, r.unit_id, q.title, q.due_date::text as due_date, q.campaign_id, q.due_date < ${day} as late
        from self_inspection_reports r
        join self_inspection_requests q on q.id = r.request_id
        join campaigns c on c.id = q.campaign_id
        where ${open} and r.first_submitted_at is null and q.due_date <= ${soon}
          and ${someoneToTell(sql`'si-' || (case when q.due_date < ${day} then 'late' else 'due' end) || ':' || r.id || ':' || q.due_date`)}
        order by r.id limit ${BATCH}`,
  );
  let dueSoon = 0;
  let late = 0;
  for (const r of due) {
    const kind = r.late ? 'late' : 'due';
    await notify(db, await liaisonsOnly(db, Number(r.unit_id)), {
      kind: 'self_inspection',
      campaignId: Number(r.campaign_id),
      message: { key: r.late ? 'self_inspection.late' : 'self_inspection.due_soon', params: { title: r.title, dueDate: r.due_date, reportId: Number(r.id) } },
      dedupeKey: `si-${kind}:${r.id}:${r.due_date}`,
    });
    if (r.late) late++;
    else dueSoon++;
  }
  // Rectifications past their deadline, as the unit last submitted them, not reported done.
  const overdue = await rows<{ id: number; unit_id: number; title: string; campaign_id: number; key: string; description: string; deadline: string }>(
    db,
    sql`select r.id, r.unit_id, q.title, q.campaign_id, item->>'key' as key, item->>'description' as description, item->>'deadline' as deadline
        from self_inspection_reports r
        join self_inspection_requests q on q.id = r.request_id
        join campaigns c on c.id = q.campaign_id
        cross join lateral jsonb_array_elements(
          (select v.content->'rectifications' from self_inspection_versions v where v.report_id = r.id order by v.version desc limit 1)
        ) as item
        where not c.closed and r.status in ('submitted', 'returned', 'accepted')
          and item->>'status' <> 'done' and item->>'deadline' < ${day}
          and ${someoneToTell(sql`'si-rect:' || r.id || ':' || (item->>'key') || ':' || (item->>'deadline')`)}
        order by r.id limit ${BATCH}`,
  );
  for (const r of overdue) {
    const item = r.description.length > 40 ? `${r.description.slice(0, 39)}…` : r.description;
    await notify(db, await liaisonsOnly(db, Number(r.unit_id)), {
      kind: 'self_inspection',
      campaignId: Number(r.campaign_id),
      message: { key: 'self_inspection.rectification_overdue', params: { title: r.title, item, deadline: r.deadline, reportId: Number(r.id) } },
      dedupeKey: `si-rect:${r.id}:${r.key}:${r.deadline}`,
    });
  }
  return { dueSoon, late, overdue: overdue.length };
}
