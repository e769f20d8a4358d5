import { and, desc, eq, gte, isNotNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { rows, type Queryable } from '../../core/db/client.js';
import { auditLog, users } from '../../core/db/tables.js';
import { INT32_MAX } from '../../core/http/fields.js';
import { cases } from '../cases/tables.js';

export type TrailFilter = {
  action?: string;
  /** A username, or the display name of one or more users. */
  username?: string;
  objectType?: string;
  /** An object's id, or a case number (ZF2011-000006), which means that case. */
  objectId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  from?: string;
  to?: string;
};

export type TrailQuery = TrailFilter & { cursor?: number; limit: number };

/** A row of the trail with the display name of who acted (by username; null when no user has it). */
export type TrailRow = typeof auditLog.$inferSelect & { actorName: string | null };

/** An entry as the auditor reads it: the row, what its object is called, and the names of the records its detail refers to. */
export type TrailEntry = TrailRow & { objectLabel: string | null; detailLabels: Record<string, string> };

/** Not an id of the trail (digits) nor a day: perhaps a case number. */
const mayBeCaseCode = (v: string) => /[A-Za-z]/.test(v) && v.includes('-');

/** The conditions of a filter, each one bounded by its index or by the page's limit. */
function trailConditions(q: TrailFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.username
      ? or(
          sql`lower(${auditLog.username}) = lower(${q.username})`,
          sql`${auditLog.username} in (select ${users.username} from ${users} where ${users.displayName} = ${q.username})`,
        )
      : undefined,
    q.objectType ? eq(auditLog.objectType, q.objectType) : undefined,
    q.objectId ? objectCondition(q.objectId, q.objectType) : undefined,
    q.outcome ? eq(auditLog.outcome, q.outcome) : undefined,
    q.from ? gte(auditLog.ts, new Date(q.from)) : undefined,
    q.to ? lte(auditLog.ts, new Date(q.to)) : undefined,
  ];
  return and(...conditions);
}

/** The object's id as written, or, for a case number, the rows about that case. */
function objectCondition(objectId: string, objectType: string | undefined): SQL | undefined {
  if (!mayBeCaseCode(objectId) || (objectType && objectType !== 'case')) return eq(auditLog.objectId, objectId);
  const code = objectId.toUpperCase();
  return or(
    eq(auditLog.objectId, objectId),
    and(eq(auditLog.objectType, 'case'), sql`${auditLog.objectId} = (select ${cases.id}::text from ${cases} where ${cases.code} in (${objectId}, ${code}) limit 1)`),
  );
}

/** The trail's rows, newest first, filtered; one more than the page, so the caller knows whether another page follows. */
export async function queryTrail(db: Queryable, q: TrailQuery): Promise<TrailRow[]> {
  return db
    .select({
      id: auditLog.id,
      ts: auditLog.ts,
      userId: auditLog.userId,
      username: auditLog.username,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      outcome: auditLog.outcome,
      requestId: auditLog.requestId,
      detail: auditLog.detail,
      seq: auditLog.seq,
      mac: auditLog.mac,
      sealedAt: auditLog.sealedAt,
      imac: auditLog.imac,
      actorName: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, sql`lower(${users.username}) = lower(${auditLog.username})`)
    .where(and(trailConditions(q), q.cursor ? lt(auditLog.id, q.cursor) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
}

// ------------------------------------------------------------------ labels

/**
 * How each kind of object is named (each part names its columns: the first part of the union
 * may be any of them), from its own table. Nothing that identifies a reporter or an
 * evaluator's contact is ever read here: a case is named by its number only, an evaluator by the
 * name on the panel's registry (their contact is sealed and stays so). Evaluation invitations and
 * answers are never named: that would tie an evaluator to an anonymous answer.
 */
const LABEL_SQL: Record<string, { big?: boolean; select: (ids: SQL) => SQL }> = {
  case: { big: true, select: (ids) => sql`select 'case' as type, id::text as id, code as label from cases where id in (${ids})` },
  unit: { select: (ids) => sql`select 'unit' as type, id::text as id, name as label from units where id in (${ids})` },
  user: { select: (ids) => sql`select 'user' as type, id::text as id, display_name as label from users where id in (${ids})` },
  campaign: { select: (ids) => sql`select 'campaign' as type, id::text as id, name as label from campaigns where id in (${ids})` },
  inspection_round: { select: (ids) => sql`select 'inspection_round' as type, id::text as id, title as label from inspection_rounds where id in (${ids})` },
  inspection_finding: { select: (ids) => sql`select 'inspection_finding' as type, id::text as id, title as label from inspection_findings where id in (${ids})` },
  evaluation_round: {
    select: (ids) => sql`select 'evaluation_round' as type, r.id::text as id,
        coalesce((select p.value->>'name' from jsonb_array_elements(coalesce(c.plan->'measures'->'evaluationPanels', '[]'::jsonb)) as p(value) where p.value->>'code' = r.panel limit 1), r.panel) || ' ' || r.period as label
      from evaluation_rounds r join campaigns c on c.id = r.campaign_id where r.id in (${ids})`,
  },
  evaluation_publication: { select: (ids) => sql`select 'evaluation_publication' as type, id::text as id, period || ' v' || version as label from evaluation_publications where id in (${ids})` },
  evaluator: { select: (ids) => sql`select 'evaluator' as type, id::text as id, name as label from evaluators where id in (${ids})` },
};

/** Keys of a row's detail that refer to another record by id, and the kind of that record. */
function detailRefType(action: string, key: string): string | null {
  if (key === 'caseId') return 'case';
  if (key === 'unitId' || (key === 'into' && action === 'unit.merge')) return 'unit';
  if (key === 'roundId') return action.startsWith('evaluation.') ? 'evaluation_round' : action.startsWith('inspection.') ? 'inspection_round' : null;
  return null;
}

/** An id a table of that kind can hold, as its text; null for anything else. */
function asId(value: unknown, type: string): string | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : null;
  if (text === null || !/^[1-9]\d{0,15}$/.test(text)) return null;
  const n = Number(text);
  return n <= (LABEL_SQL[type]?.big ? Number.MAX_SAFE_INTEGER : INT32_MAX) ? text : null;
}

/**
 * Names the objects of a page of rows and the records their details refer to, in one statement
 * for the whole page (at most a page's worth of ids per kind).
 */
export async function labelRows(db: Queryable, page: TrailRow[]): Promise<TrailEntry[]> {
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: string | null) => {
    if (id === null || !LABEL_SQL[type]) return;
    const set = wanted.get(type) ?? new Set<string>();
    set.add(id);
    wanted.set(type, set);
  };
  const refsOf = (r: TrailRow): [string, string, string][] => {
    const detail = r.detail;
    if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return [];
    return Object.entries(detail as Record<string, unknown>).flatMap(([key, value]) => {
      const type = detailRefType(r.action, key);
      const id = type ? asId(value, type) : null;
      return type && id ? [[key, type, id] as [string, string, string]] : [];
    });
  };
  for (const r of page) {
    if (r.objectType) want(r.objectType, asId(r.objectId, r.objectType));
    for (const [, type, id] of refsOf(r)) want(type, id);
  }
  const parts = [...wanted].map(([type, ids]) =>
    LABEL_SQL[type]!.select(
      sql.join(
        [...ids].map((id) => sql`${Number(id)}`),
        sql`, `,
      ),
    ),
  );
  const found = new Map<string, string>();
  if (parts.length) {
    const named = await rows<{ type: string; id: string; label: string | null }>(db, sql.join(parts, sql` union all `));
    for (const n of named) if (n.label !== null) found.set(`${n.type}:${n.id}`, n.label);
  }
  return page.map((r) => {
    const objectLabel =
      r.objectType === 'calendar_day' ? r.objectId : r.objectType && r.objectId !== null ? (found.get(`${r.objectType}:${r.objectId}`) ?? null) : null;
    const detailLabels: Record<string, string> = {};
    for (const [key, type, id] of refsOf(r)) {
      const label = found.get(`${type}:${id}`);
      if (label !== undefined) detailLabels[key] = label;
    }
    return { ...r, objectLabel, detailLabels };
  });
}

/** The sealed chain's head: the last sealed row's place and MAC (0 and '' on an empty chain). */
export async function chainHead(db: Queryable): Promise<{ seq: number; mac: string }> {
  const [head] = await db.select({ seq: auditLog.seq, mac: auditLog.mac }).from(auditLog).where(isNotNull(auditLog.seq)).orderBy(desc(auditLog.seq)).limit(1);
  return { seq: head?.seq ?? 0, mac: head?.mac ?? '' };
}
