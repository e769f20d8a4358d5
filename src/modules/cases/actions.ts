import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit, type Actor } from '../../core/audit/audit.js';
import { unitAndDescendants } from '../../core/auth/scope.js';
import type { Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { caseEvents, cases } from './tables.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import type { SessionUser } from '../../core/http/context.js';
import { liaisonsOf, notify, officeUsers, withdrawFromOtherLiaisons } from '../notifications/store.js';
import { saveAttachments, type PreparedAttachment } from './attachments.js';
import { checkDueDate, defaultDueDate } from './deadlines.js';
import { nextStatus, type Action, type ActorKind, type Status } from './rules.js';
import type { actionBodies } from './schema.js';

export type CaseRow = typeof cases.$inferSelect;
type Bodies = { [A in Action]: z.infer<(typeof actionBodies)[A]> };

export function actorKindOf(user: SessionUser): ActorKind | null {
  if (user.role === 'office_admin' || user.role === 'office_staff') return 'office';
  if (user.role === 'unit_liaison') return 'liaison';
  return null;
}

/** The roles that work with cases at all. */
const CASE_ROLES: readonly string[] = ['office_admin', 'office_staff', 'leader', 'unit_liaison'];

/**
 * The case as this user may see it, or 404: a liaison reaches only cases assigned to its unit
 * or the units below it, and a case it may not see answers exactly like one that does not exist.
 */
export async function caseForUser(db: Queryable, user: SessionUser, id: number, lock = false): Promise<CaseRow> {
  if (!CASE_ROLES.includes(user.role)) throw notFound('No such case');
  // The reach is worked out first and the case looked for within it, in one statement: a case
  // of another unit and a missing one cost the same work, so timing tells them apart no more
  // than the answer does.
  const scope = await liaisonUnitIds(db, user);
  const q = db.select().from(cases).where(and(eq(cases.id, id), scope ? assignedToAny(scope) : undefined));
  const [c] = lock ? await q.for('update') : await q;
  if (!c) throw notFound('No such case');
  return c;
}

async function activeUnit(db: Queryable, id: number, path: string): Promise<{ id: number; name: string }> {
  const [u] = await db.select({ id: units.id, name: units.name, mergedIntoId: units.mergedIntoId }).from(units).where(eq(units.id, id));
  if (!u || u.mergedIntoId !== null) throw badRequest('Unknown unit', [{ path, message: `no active unit with id ${id}` }]);
  return u;
}

/** Takes one step on a case: checks the state machine, applies the step, writes the timeline, notices and audit row. */
export async function applyAction<A extends Action>(
  tx: Queryable,
  user: SessionUser,
  actor: Actor,
  id: number,
  action: A,
  body: Bodies[A],
  /** Evidence, already checked and stripped outside the transaction (see prepareAttachment). */
  files: PreparedAttachment[] = [],
): Promise<CaseRow> {
  const c = await caseForUser(tx, user, id, true);
  const kind = actorKindOf(user);
  if (!kind) throw new AppError(403, 'forbidden', 'Your role does not take steps on cases');
  const to = nextStatus(c.status as Status, action, kind);
  const patch: Partial<CaseRow> = { status: to, updatedAt: new Date() };
  const data: Record<string, unknown> = {};
  let reason: string | null = null;
  let notice: { users: number[]; title: string } | null = null;
  const b = body as Record<string, unknown>;
  if (typeof b.reason === 'string') reason = b.reason;
  if (typeof b.note === 'string') reason = b.note;

  switch (action) {
    case 'assign':
    case 'transfer': {
      const unitId = (b.unitId as number | undefined) ?? c.unitId;
      if (!unitId) throw badRequest('Name the unit to hand the case to', [{ path: 'unitId', message: 'is required: the case names no unit' }]);
      if (action === 'transfer' && unitId === c.assignedUnitId) throw badRequest('The case is already with that unit', [{ path: 'unitId', message: 'is the current unit' }]);
      const unit = await activeUnit(tx, unitId, 'unitId');
      patch.assignedUnitId = unit.id;
      patch.dueDate = b.dueDate ? await checkDueDate(tx, b.dueDate as string) : await defaultDueDate(tx, c);
      patch.escalationLevel = 0;
      Object.assign(data, { unitId: unit.id, unitName: unit.name, dueDate: patch.dueDate, fromUnitId: c.assignedUnitId });
      notice = { users: await liaisonsOf(tx, unit.id), title: `交办：${c.code} ${c.title}` };
      if (c.assignedUnitId !== null && c.assignedUnitId !== unit.id) await withdrawFromOtherLiaisons(tx, c.id, notice.users);
      break;
    }
    case 'remind':
      notice = { users: await liaisonsOf(tx, c.assignedUnitId as number), title: `催办：${c.code} 请于 ${c.dueDate} 前办理` };
      break;
    case 'escalate':
      patch.escalationLevel = c.escalationLevel + 1;
      data.level = patch.escalationLevel;
      notice = { users: [...(await liaisonsOf(tx, c.assignedUnitId as number)), ...(await officeUsers(tx))], title: `督办（${patch.escalationLevel}级）：${c.code}` };
      break;
    case 'request_extension':
      data.workdays = b.workdays;
      notice = { users: await officeUsers(tx), title: `申请延期：${c.code}（${String(b.workdays)}个工作日）` };
      break;
    case 'grant_extension': {
      const due = await checkDueDate(tx, b.dueDate as string);
      if (c.dueDate && due <= c.dueDate) throw badRequest('An extension must move the due date later', [{ path: 'dueDate', message: `must be after ${c.dueDate}` }]);
      Object.assign(data, { from: c.dueDate, to: due });
      patch.dueDate = due;
      notice = { users: await liaisonsOf(tx, c.assignedUnitId as number), title: `延期已批准：${c.code} 新期限 ${due}` };
      break;
    }
    case 'respond': {
      Object.assign(data, { findings: b.findings, measures: b.measures, substantiated: b.substantiated });
      patch.substantiated = b.substantiated as string;
      notice = { users: await officeUsers(tx), title: `已反馈：${c.code}` };
      break;
    }
    case 'return':
    case 'reopen': {
      patch.dueDate = b.dueDate ? await checkDueDate(tx, b.dueDate as string) : await defaultDueDate(tx, c);
      patch.escalationLevel = 0;
      data.dueDate = patch.dueDate;
      notice = { users: await liaisonsOf(tx, c.assignedUnitId as number), title: `退回重办：${c.code} 新期限 ${patch.dueDate}` };
      break;
    }
    case 'follow_up': {
      Object.assign(data, { satisfaction: b.satisfaction, comment: b.comment ?? null });
      patch.satisfaction = b.satisfaction as string;
      reason = (b.comment as string | undefined) ?? null;
      if (b.satisfaction === 'unsatisfied' && b.reopen) {
        patch.status = nextStatus('closed', 'reopen', kind);
        patch.dueDate = await defaultDueDate(tx, c);
        patch.escalationLevel = 0;
        data.reopened = true;
        data.dueDate = patch.dueDate;
        notice = { users: await liaisonsOf(tx, c.assignedUnitId as number), title: `回访不满意，重办：${c.code}` };
      }
      break;
    }
    case 'merge': {
      const intoId = b.intoCaseId as number;
      if (intoId === c.id) throw badRequest('A case cannot be merged into itself', [{ path: 'intoCaseId', message: 'is this case' }]);
      const [into] = await tx.select({ id: cases.id, code: cases.code, status: cases.status }).from(cases).where(eq(cases.id, intoId));
      if (!into || into.status === 'merged') throw badRequest('No case to merge into', [{ path: 'intoCaseId', message: 'no such case, or it was merged itself' }]);
      patch.mergedIntoId = into.id;
      Object.assign(data, { intoCaseId: into.id, intoCode: into.code });
      break;
    }
    default:
      break;
  }

  const [event] = await tx
    .insert(caseEvents)
    .values({ caseId: c.id, userId: user.id, actorKind: kind, action, fromStatus: c.status, toStatus: patch.status ?? to, reason, data })
    .returning({ id: caseEvents.id });
  await saveAttachments(tx, c.id, event?.id ?? null, user.id, kind, files);
  const [updated] = await tx.update(cases).set(patch).where(eq(cases.id, c.id)).returning();
  if (notice) await notify(tx, notice.users.filter((u) => u !== user.id), { kind: action, caseId: c.id, title: notice.title });
  await audit(tx, actor, { action: `case.${action}`, objectType: 'case', objectId: c.id, detail: { from: c.status, to: patch.status ?? to } });
  if (!updated) throw notFound('No such case');
  return updated;
}

/** Cases in a liaison's reach: those assigned to its unit or a unit below it. */
export async function liaisonUnitIds(db: Queryable, user: SessionUser): Promise<number[] | null> {
  if (user.role !== 'unit_liaison') return null;
  if (user.unitId === null) return [];
  return [...(await unitAndDescendants(db, user.unitId))];
}

export const assignedToAny = (ids: number[]) => (ids.length ? inArray(cases.assignedUnitId, ids) : sql`false`);
