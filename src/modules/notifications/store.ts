import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../core/db/client.js';
import { notifications, users } from '../../core/db/tables.js';
import { isNoticeKey, wordNotice, type NoticeLanguage, type NoticeMessage, type NoticeParams } from './contract.js';

export type NewNotification = { kind: string; caseId?: number; roundId?: number; campaignId?: number; message: NoticeMessage; dedupeKey?: string };

/**
 * Notifies users in-app. With a dedupe key the same notice is never sent twice, which makes the
 * scheduled jobs idempotent. Other transports (SMS, mail) can read the same rows later.
 */
export async function notify(db: Queryable, userIds: number[], n: NewNotification): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        userId,
        kind: n.kind,
        // The campaign of what it is about: a notice shows while that campaign is looked at.
        campaignId:
          n.caseId !== undefined
            ? sql<number>`(select campaign_id from cases where id = ${n.caseId})`
            : n.roundId !== undefined
              ? sql<number>`(select campaign_id from inspection_rounds where id = ${n.roundId})`
              : (n.campaignId ?? null),
        caseId: n.caseId ?? null,
        roundId: n.roundId ?? null,
        messageKey: n.message.key,
        messageParams: n.message.params,
        dedupeKey: n.dedupeKey ? `${n.dedupeKey}:${userId}` : null,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Takes back a case's notifications from every liaison but `keep` (those who see the unit it was
 * transferred to, liaisonsOf): their bell must not keep its code and title.
 */
export async function withdrawFromOtherLiaisons(db: Queryable, caseId: number, keep: number[]): Promise<void> {
  await db.execute(sql`delete from notifications n using users u
      where n.case_id = ${caseId} and u.id = n.user_id and u.role = 'unit_liaison'
        ${keep.length ? sql`and u.id not in (${sql.join(keep.map((id) => sql`${id}`), sql`, `)})` : sql``}`);
}

/** The liaisons who see a unit's cases: those of the unit itself and of every unit above it. */
export async function liaisonsOf(db: Queryable, unitId: number): Promise<number[]> {
  const found = await rows<{ id: number }>(
    db,
    sql`with recursive up(id, parent_id) as (
          select id, parent_id from units where id = ${unitId}
          union
          select u.id, u.parent_id from units u join up on u.id = up.parent_id
        )
        select users.id from users join up on users.unit_id = up.id
        where users.role = 'unit_liaison' and not users.disabled order by users.id`,
  );
  return found.map((r) => Number(r.id));
}

/** The liaisons of exactly this unit (a unit's own report is written by its own liaisons). */
export async function liaisonsOnly(db: Queryable, unitId: number): Promise<number[]> {
  const found = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'unit_liaison'), eq(users.unitId, unitId), eq(users.disabled, false)));
  return found.map((r) => r.id);
}

export async function officeUsers(db: Queryable): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, ['office_admin', 'office_staff']), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

/** A user's notices about the campaign they look at (or none in particular). */
const mine = (userId: number, campaignId: number) =>
  and(eq(notifications.userId, userId), or(eq(notifications.campaignId, campaignId), isNull(notifications.campaignId)));

/** A user's notices in the campaign they look at, newest first, each worded in the reader's language (and given as its message for the web to word). */
export async function listNotifications(db: Queryable, userId: number, campaignId: number, before: number | undefined, limit: number, language: NoticeLanguage) {
  const found = await db
    .select()
    .from(notifications)
    .where(and(mine(userId, campaignId), before ? lt(notifications.id, before) : undefined))
    .orderBy(desc(notifications.id))
    .limit(limit);
  return found.map((n) => {
    const message = n.messageKey && isNoticeKey(n.messageKey) ? { key: n.messageKey, params: (n.messageParams ?? {}) as NoticeParams } : null;
    return {
      id: n.id,
      kind: n.kind,
      caseId: n.caseId,
      roundId: n.roundId,
      message,
      title: message ? wordNotice(message.key, message.params, language) : (n.title ?? ''),
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    };
  });
}

export async function unreadCount(db: Queryable, userId: number, campaignId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(mine(userId, campaignId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markRead(db: Queryable, userId: number, campaignId: number, id?: number): Promise<number> {
  const done = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(userId, campaignId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined))
    .returning({ id: notifications.id });
  return done.length;
}

export async function ownsNotification(db: Queryable, userId: number, campaignId: number, id: number): Promise<boolean> {
  const [row] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), mine(userId, campaignId)));
  return row !== undefined;
}
