import { aliasedTable, and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { dayNumber, deadlineState, today, type WorkCalendar } from '../../core/calendar/workdays.js';
import { rows, type Queryable } from '../../core/db/client.js';
import { units, users } from '../../core/db/tables.js';
import { accountabilityOutcomes, caseAttachments, caseEvents, caseMessages, cases } from './tables.js';
import { badRequest } from '../../core/errors.js';
import type { SessionUser } from '../../core/http/context.js';
import { escapeLike } from '../../core/db/like.js';
import { actorKindOf, assignedToAny, liaisonUnitIds, type CaseReader, type CaseRow } from './actions.js';
import { openDetail } from './identity.js';
import { ACCOUNTABILITY_ROLES, accountabilityRefusal, allowedActions, type Status } from './rules.js';
import type { CountsQuery, ListQuery } from './contract.js';
import { queryWords } from './search.js';
import { isSaneInstant } from '../../core/http/fields.js';

const assigned = aliasedTable(units, 'assigned_unit');

const encodeCursor = (v: unknown[]) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** A cursor this server gave out for the sort: [an instant or a day, a case id]; anything else is refused. */
function decodeCursor(c: string, sort: ListQuery['sort']): [string, number] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && Number.isSafeInteger(v[1]) && (v[1] as number) >= 0) {
      const key = v[0];
      const sane = sort === 'due_asc' ? /^\d{4}-\d{2}-\d{2}$/.test(key) && Number.isFinite(dayNumber(key)) : isSaneInstant(key);
      if (sane) return [key, v[1] as number];
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest('The cursor is not one this server gave out', [{ path: 'querystring.cursor', message: 'is invalid' }]);
}

const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const dueKey = sql`coalesce(${cases.dueDate}, '9999-12-31'::date)`;

function deadlineCondition(deadline: 'overdue' | 'due_soon', cal: WorkCalendar): SQL | undefined {
  const now = today();
  return deadline === 'overdue'
    ? and(eq(cases.status, 'assigned'), lt(cases.dueDate, now))
    : and(eq(cases.status, 'assigned'), gte(cases.dueDate, now), lte(cases.dueDate, cal.addWorkdays(now, 2)));
}

/** The filters of the office list and the liaison inbox, always within what the user may see, in the campaign they look at. */
export async function caseConditions(db: Queryable, user: CaseReader, q: Omit<ListQuery, 'sort' | 'cursor' | 'limit'>, cal: WorkCalendar): Promise<SQL | undefined> {
  const scope = await liaisonUnitIds(db, user);
  const statuses = q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status];
  const conditions: (SQL | undefined)[] = [
    eq(cases.campaignId, user.campaignId),
    scope ? assignedToAny(scope) : undefined,
    statuses ? inArray(cases.status, statuses) : undefined,
    q.channel ? eq(cases.channel, q.channel) : undefined,
    q.category ? eq(cases.category, q.category) : undefined,
    q.unitId ? or(eq(cases.unitId, q.unitId), eq(cases.assignedUnitId, q.unitId)) : undefined,
    q.deadline ? deadlineCondition(q.deadline, cal) : undefined,
    q.from ? gte(cases.receivedAt, dayStart(q.from)) : undefined,
    q.to ? lt(cases.receivedAt, new Date(dayStart(q.to).getTime() + 86_400_000)) : undefined,
  ];
  if (q.q) {
    const words = queryWords(q.q);
    const like = `%${escapeLike(q.q)}%`;
    conditions.push(
      or(
        words.length ? sql`"cases"."search_vector" @@ plainto_tsquery('simple', ${words.join(' ')})` : undefined,
        sql`${cases.title} ilike ${like}`,
        sql`${cases.body} ilike ${like}`,
        eq(cases.code, q.q.toUpperCase()),
        byNumber(q.q, user.campaignId),
      ),
    );
  }
  return and(...conditions);
}

/**
 * A case found by a part of its number: `3`, `000003`, `2011-000003` all find the campaign's case
 * ZF2011-000003 (its prefix, a dash, the number in six digits or more). Digits before the dash must
 * end the campaign's prefix (`2013-000003` finds nothing in ZF2011); a whole code is matched as it is.
 */
function byNumber(q: string, campaignId: number): SQL | undefined {
  const m = /^(?:(\d{1,4})-)?0*(\d{1,9})$/.exec(q.trim());
  if (!m?.[2]) return undefined;
  const number = m[2].padStart(6, '0');
  const prefix = sql`(select case_prefix from campaigns where id = ${campaignId})`;
  return and(sql`${cases.code} = ${prefix} || '-' || ${number}`, m[1] ? sql`${prefix} like ${'%' + m[1]}` : undefined);
}

export async function listCases(db: Queryable, user: CaseReader, q: ListQuery, cal: WorkCalendar) {
  const where: (SQL | undefined)[] = [await caseConditions(db, user, q, cal)];
  if (q.cursor) {
    const [v, id] = decodeCursor(q.cursor, q.sort);
    if (q.sort === 'received_desc') where.push(sql`(${cases.receivedAt}, ${cases.id}) < (${new Date(v)}, ${id})`);
    if (q.sort === 'received_asc') where.push(sql`(${cases.receivedAt}, ${cases.id}) > (${new Date(v)}, ${id})`);
    if (q.sort === 'due_asc') where.push(sql`(${dueKey}, ${cases.id}) > (${v}::date, ${id})`);
  }
  const order =
    q.sort === 'received_desc' ? [desc(cases.receivedAt), desc(cases.id)] : q.sort === 'received_asc' ? [asc(cases.receivedAt), asc(cases.id)] : [asc(dueKey), asc(cases.id)];
  const rows = await db
    .select({ c: listColumns, unitName: units.name, assignedUnitName: assigned.name })
    .from(cases)
    .leftJoin(units, eq(units.id, cases.unitId))
    .leftJoin(assigned, eq(assigned.id, cases.assignedUnitId))
    .where(and(...where))
    .orderBy(...order)
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1]?.c;
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor([q.sort === 'due_asc' ? (last.dueDate ?? '9999-12-31') : last.receivedAt.toISOString(), last.id])
      : null;
  return { items: page.map((r) => presentListItem(r.c, r.unitName, r.assignedUnitName, cal)), nextCursor };
}

/** What a list row shows: not the body, the search words or the reporter, which a page of fifty need not carry. */
const listColumns = {
  id: cases.id,
  code: cases.code,
  channel: cases.channel,
  category: cases.category,
  title: cases.title,
  status: cases.status,
  unitId: cases.unitId,
  assignedUnitId: cases.assignedUnitId,
  receivedAt: cases.receivedAt,
  dueDate: cases.dueDate,
  escalationLevel: cases.escalationLevel,
  anonymous: cases.anonymous,
};
type ListRow = Pick<CaseRow, keyof typeof listColumns>;

export function presentListItem(c: ListRow, unitName: string | null, assignedUnitName: string | null, cal: WorkCalendar) {
  return {
    id: c.id,
    code: c.code,
    channel: c.channel,
    category: c.category,
    title: c.title,
    status: c.status as Status,
    unitId: c.unitId,
    unitName,
    assignedUnitId: c.assignedUnitId,
    assignedUnitName,
    receivedAt: c.receivedAt.toISOString(),
    dueDate: c.dueDate,
    deadline: c.status === 'assigned' && c.dueDate ? deadlineState(cal, c.dueDate, today()) : null,
    escalationLevel: c.escalationLevel,
    anonymous: c.anonymous,
  };
}

/**
 * How many cases per status, overdue and due soon, within what the user may see in the campaign
 * they look at and the filters and search shown (the status filter aside: the counts are per status).
 */
export async function countCases(db: Queryable, user: CaseReader, cal: WorkCalendar, q: CountsQuery = {}) {
  const filtered = Object.values(q).some((v) => v !== undefined);
  // Those who see every case of the campaign, unfiltered: the kept totals; anyone else, one pass over what they see.
  // (A liaison's reach is worked out once, in caseConditions.)
  if (!filtered && user.role !== 'unit_liaison') return countAllCases(db, user.campaignId, cal);
  return countFiltered(db, user, cal, q);
}

/** The counts over the cases a user sees that the filters and search find, in one pass: per status, overdue, due soon. */
async function countFiltered(db: Queryable, user: CaseReader, cal: WorkCalendar, q: CountsQuery) {
  const counted = await db
    .select({
      status: cases.status,
      n: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${deadlineCondition('overdue', cal)}))::int`,
      dueSoon: sql<number>`(count(*) filter (where ${deadlineCondition('due_soon', cal)}))::int`,
    })
    .from(cases)
    .where(await caseConditions(db, user, q, cal))
    .groupBy(cases.status);
  return {
    byStatus: Object.fromEntries(counted.map((r) => [r.status, r.n])),
    overdue: counted.reduce((a, r) => a + r.overdue, 0),
    dueSoon: counted.reduce((a, r) => a + r.dueSoon, 0),
  };
}

/**
 * The counts over a campaign's cases, for those who see them all, without passing over them: per
 * status from the trigger-kept totals and their deltas, the deadlines from the index of assigned cases.
 */
async function countAllCases(db: Queryable, campaignId: number, cal: WorkCalendar) {
  const now = today();
  const [perStatus, [due]] = await Promise.all([
    rows<{ status: string; n: number }>(
      db,
      sql`select status, sum(n)::int as n
          from (select status, n from case_status_counts where campaign_id = ${campaignId}
                union all select status, delta from case_status_deltas where campaign_id = ${campaignId}) x
          group by status having sum(n) <> 0`,
    ),
    // Only the due date in the filters, so that the partial index of assigned cases answers alone.
    db
      .select({
        overdue: sql<number>`(count(*) filter (where ${lt(cases.dueDate, now)}))::int`,
        dueSoon: sql<number>`(count(*) filter (where ${gte(cases.dueDate, now)}))::int`,
      })
      .from(cases)
      .where(and(eq(cases.campaignId, campaignId), eq(cases.status, 'assigned'), lte(cases.dueDate, cal.addWorkdays(now, 2)))),
  ]);
  return { byStatus: Object.fromEntries(perStatus.map((r) => [r.status, r.n])), overdue: due?.overdue ?? 0, dueSoon: due?.dueSoon ?? 0 };
}

/** Folds the status deltas the triggers appended into the totals; safe to run on several instances at once. */
export async function compactCaseCounts(db: Queryable): Promise<void> {
  await db.execute(sql`
    with moved as (delete from case_status_deltas returning campaign_id, status, delta)
    insert into case_status_counts (campaign_id, status, n) select campaign_id, status, sum(delta) from moved group by campaign_id, status
    on conflict (campaign_id, status) do update set n = case_status_counts.n + excluded.n`);
}

/**
 * Whether `other` is a liaison of a unit outside a liaison's reach (`scope`, its units; null for
 * the office, who reaches everything): what they did on a case is not for this liaison to read.
 */
const outsideReach = (scope: number[] | null, other: { role: string | null; unitId: number | null } | undefined): boolean =>
  scope !== null && other?.role === 'unit_liaison' && !scope.includes(other.unitId ?? -1);

/** Whether the user with id `otherUserId` is a liaison outside `user`'s reach (see outsideReach). */
export async function isForeignLiaison(db: Queryable, user: SessionUser, otherUserId: number | null): Promise<boolean> {
  const scope = await liaisonUnitIds(db, user);
  if (scope === null || otherUserId === null) return false;
  const [other] = await db.select({ role: users.role, unitId: users.unitId }).from(users).where(eq(users.id, otherUserId));
  return outsideReach(scope, other);
}

/** Everything on one case that this user may see; the reporter's identity is never part of it. */
export async function caseDetail(db: Queryable, user: SessionUser, c: CaseRow, cal: WorkCalendar) {
  const isLiaison = user.role === 'unit_liaison';
  const scope = await liaisonUnitIds(db, user);
  // Independent reads: on a server they run side by side on the pool's connections.
  const [[names], events, files, messages, outcomes] = await Promise.all([
    db
      .select({ unitName: units.name, assignedUnitName: assigned.name })
      .from(cases)
      .leftJoin(units, eq(units.id, cases.unitId))
      .leftJoin(assigned, eq(assigned.id, cases.assignedUnitId))
      .where(eq(cases.id, c.id)),
    db
      .select({ e: caseEvents, username: users.displayName, actorRole: users.role, actorUnitId: users.unitId })
      .from(caseEvents)
      .leftJoin(users, eq(users.id, caseEvents.userId))
      .where(eq(caseEvents.caseId, c.id))
      .orderBy(asc(caseEvents.id)),
    db
      .select({ id: caseAttachments.id, filename: caseAttachments.filename, mime: caseAttachments.mime, size: caseAttachments.size, eventId: caseAttachments.eventId, createdAt: caseAttachments.createdAt })
      .from(caseAttachments)
      .where(eq(caseAttachments.caseId, c.id))
      .orderBy(asc(caseAttachments.id)),
    isLiaison ? Promise.resolve([]) : db.select().from(caseMessages).where(eq(caseMessages.caseId, c.id)).orderBy(asc(caseMessages.id)),
    db.select().from(accountabilityOutcomes).where(eq(accountabilityOutcomes.caseId, c.id)).orderBy(asc(accountabilityOutcomes.id)),
  ]);
  const kind = actorKindOf(user);
  // A liaison sees what concerns its own unit: the steps another unit's liaison took before a
  // transfer show that they happened, not who took them, why, or what they attached.
  const hiddenEvents = new Set(events.filter((r) => outsideReach(scope, { role: r.actorRole, unitId: r.actorUnitId })).map(({ e }) => e.id));
  return {
    ...presentListItem(c, names?.unitName ?? null, names?.assignedUnitName ?? null, cal),
    channelDetail: openDetail(c.channel, c.channelDetail as Record<string, unknown>),
    body: c.body,
    personsConcerned: c.personsConcerned as { name: string; position?: string }[],
    secondaryCategories: c.secondaryCategories,
    substantiated: c.substantiated,
    satisfaction: c.satisfaction,
    mergedIntoId: c.mergedIntoId,
    hasReporter: !c.anonymous,
    publicReceipt: c.receiptHash !== null,
    allowedActions: kind ? allowedActions(c.status as Status, kind) : [],
    canRecordAccountability: (ACCOUNTABILITY_ROLES as readonly string[]).includes(user.role) && accountabilityRefusal(c.substantiated) === null,
    timeline: events.map(({ e, username }) => {
      const hidden = hiddenEvents.has(e.id);
      return {
        id: e.id,
        ts: e.ts.toISOString(),
        action: e.action,
        actorKind: e.actorKind,
        actorName: hidden ? null : username,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        reason: hidden ? null : e.reason,
        data: hidden ? {} : (e.data as Record<string, unknown>),
      };
    }),
    attachments: files.filter((f) => f.eventId === null || !hiddenEvents.has(f.eventId)).map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    messages: messages.map((m) => ({ id: m.id, author: m.author, body: m.body, ts: m.ts.toISOString() })),
    accountability: outcomes.map((o) => ({
      id: o.id,
      targetKind: o.targetKind,
      personName: o.personName,
      personPosition: o.personPosition,
      unitId: o.unitId,
      outcome: o.outcome,
      decisionDate: o.decisionDate,
      documentNo: o.documentNo,
      decidedBy: o.decidedBy,
    })),
  };
}

/** Satisfaction with follow-ups per unit (for the assessment): counts per answer and the rate of 满意 + 基本满意. */
export async function satisfactionByUnit(db: Queryable, campaignId: number) {
  const rows = await db
    .select({ unitId: cases.assignedUnitId, satisfaction: cases.satisfaction, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(eq(cases.campaignId, campaignId), sql`${cases.satisfaction} is not null`, sql`${cases.assignedUnitId} is not null`))
    .groupBy(cases.assignedUnitId, cases.satisfaction);
  const byUnit = new Map<number, { satisfied: number; basically_satisfied: number; unsatisfied: number }>();
  for (const r of rows) {
    const u = byUnit.get(r.unitId as number) ?? { satisfied: 0, basically_satisfied: 0, unsatisfied: 0 };
    u[r.satisfaction as keyof typeof u] = r.n;
    byUnit.set(r.unitId as number, u);
  }
  return [...byUnit.entries()].map(([unitId, c]) => {
    const total = c.satisfied + c.basically_satisfied + c.unsatisfied;
    return { unitId, ...c, total, rate: total ? (c.satisfied + c.basically_satisfied) / total : null };
  });
}
