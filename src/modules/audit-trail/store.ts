import { and, desc, eq, gte, isNotNull, lt, lte, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../core/db/client.js';
import { auditLog } from '../../core/db/tables.js';

export type TrailFilter = {
  action?: string;
  username?: string;
  objectType?: string;
  objectId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  from?: string;
  to?: string;
  cursor?: number;
  limit: number;
};

/** The trail's rows, newest first, filtered; one more than the page, so the caller knows whether another page follows. */
export async function queryTrail(db: Queryable, q: TrailFilter) {
  const conditions: (SQL | undefined)[] = [
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.username ? eq(auditLog.username, q.username) : undefined,
    q.objectType ? eq(auditLog.objectType, q.objectType) : undefined,
    q.objectId ? eq(auditLog.objectId, q.objectId) : undefined,
    q.outcome ? eq(auditLog.outcome, q.outcome) : undefined,
    q.from ? gte(auditLog.ts, new Date(q.from)) : undefined,
    q.to ? lte(auditLog.ts, new Date(q.to)) : undefined,
    q.cursor ? lt(auditLog.id, q.cursor) : undefined,
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
}

/** The sealed chain's head: the last sealed row's place and MAC (0 and '' on an empty chain). */
export async function chainHead(db: Queryable): Promise<{ seq: number; mac: string }> {
  const [head] = await db.select({ seq: auditLog.seq, mac: auditLog.mac }).from(auditLog).where(isNotNull(auditLog.seq)).orderBy(desc(auditLog.seq)).limit(1);
  return { seq: head?.seq ?? 0, mac: head?.mac ?? '' };
}
