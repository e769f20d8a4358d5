import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntry } from '../../core/audit/audit.js';
import type { Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { problems as core } from '../../core/contract.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import type { NoticeMessage } from '../notifications/contract.js';
import { liaisonsOf, notify, officeUsers, withdrawFromOtherLiaisons } from '../notifications/store.js';
import { saveAttachments, type PreparedAttachment } from './attachments.js';
import type { actionBodies } from './contract.js';
import { checkDueDate, defaultDueDate } from './deadlines.js';
import { extensionRefusal, handOverRefusal, mergeRefusal, nextStatus, type Action, type ActorKind, type FieldRefusal, type Status } from './rules.js';
import { caseEvents, cases } from './tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type StepBodies = { [A in Action]: z.infer<(typeof actionBodies)[A]> };

/** What one step does to a case, beyond its new status: the fields it sets, the timeline's data and reason, who is told. */
type Effect = {
  patch?: Partial<CaseRow>;
  data?: Record<string, unknown>;
  reason?: string | null;
  notice?: { users: number[]; message: NoticeMessage } | null;
};

/** What a step reads of a case: all but its text and the reporter's sealed identity. */
export type StepCase = Omit<CaseRow, 'body' | 'searchText' | 'reporterSealed' | 'channelDetail' | 'personsConcerned'>;

type StepInput<A extends Action> = { tx: Queryable; c: StepCase; body: StepBodies[A]; kind: ActorKind; to: Status };
type StepHandler<A extends Action> = (s: StepInput<A>) => Promise<Effect>;

/** An active unit of the case's campaign's jurisdiction (a unit of another city is no unit here). */
async function activeUnit(db: Queryable, c: StepCase, id: number, path: string): Promise<{ id: number; name: string }> {
  const [u] = await db
    .select({ id: units.id, name: units.name, mergedIntoId: units.mergedIntoId, retiredAt: units.retiredAt })
    .from(units)
    .where(and(eq(units.id, id), sql`${units.jurisdictionId} = (select jurisdiction_id from campaigns where id = ${c.campaignId})`));
  if (!u || u.mergedIntoId !== null || u.retiredAt !== null) throw badRequest('Unknown unit', [{ path, message: `no active unit with id ${id}` }]);
  return u;
}

/** Hands the case to a unit (assign, transfer): its liaisons are told, those of the unit it leaves lose its notices. */
async function handOver({ tx, c, body }: StepInput<'assign' | 'transfer'>, transfer: boolean): Promise<Effect> {
  const unitId = body.unitId ?? c.unitId;
  refuse(handOverRefusal(unitId, c.assignedUnitId, transfer));
  const unit = await activeUnit(tx, c, unitId as number, 'unitId');
  const dueDate = body.dueDate ? await checkDueDate(tx, body.dueDate) : await defaultDueDate(tx, c);
  const users = await liaisonsOf(tx, unit.id);
  if (c.assignedUnitId !== null && c.assignedUnitId !== unit.id) await withdrawFromOtherLiaisons(tx, c.id, users);
  return {
    patch: { assignedUnitId: unit.id, dueDate, escalationLevel: 0 },
    data: { unitId: unit.id, unitName: unit.name, dueDate, fromUnitId: c.assignedUnitId },
    notice: { users, message: { key: `case.${transfer ? 'transfer' : 'assign'}`, params: { code: c.code, title: c.title } } },
  };
}

/** Sends the case back to its unit with a new due date (return, reopen). */
async function sendBack({ tx, c, body }: StepInput<'return' | 'reopen'>, key: 'case.return' | 'case.reopen'): Promise<Effect> {
  const dueDate = body.dueDate ? await checkDueDate(tx, body.dueDate) : await defaultDueDate(tx, c);
  return {
    patch: { dueDate, escalationLevel: 0 },
    data: { dueDate },
    notice: { users: await liaisonsOf(tx, c.assignedUnitId as number), message: { key, params: { code: c.code, dueDate } } },
  };
}

/** A step the state machine does not allow: a 409 that names the steps that are. */
export class IllegalTransition extends AppError {
  constructor(
    readonly action: Action,
    readonly caseStatus: Status,
    readonly allowed: Action[],
  ) {
    super(core.illegal_transition.status, 'illegal_transition', `"${action}" is not allowed on a case that is ${caseStatus}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`, undefined, undefined, {
      caseStatus,
      allowed,
    });
  }
}

/** A rule's refusal, as the 400 problem that names its field. */
function refuse(r: FieldRefusal | null): void {
  if (r) throw badRequest(r.title, [{ path: r.path, message: r.message }]);
}

const nothing = async (): Promise<Effect> => ({});

/** One handler per step, typed by the step's body: what the step does once the state machine allows it. */
export const STEP_HANDLERS: { [A in Action]: StepHandler<A> } = {
  accept: nothing,
  reject: nothing,
  verify_close: nothing,
  assign: (s) => handOver(s, false),
  transfer: (s) => handOver(s, true),
  remind: async ({ tx, c }) => ({
    notice: { users: await liaisonsOf(tx, c.assignedUnitId as number), message: { key: 'case.remind', params: { code: c.code, dueDate: c.dueDate ?? '' } } },
  }),
  escalate: async ({ tx, c }) => {
    const level = c.escalationLevel + 1;
    return {
      patch: { escalationLevel: level },
      data: { level },
      notice: { users: [...(await liaisonsOf(tx, c.assignedUnitId as number)), ...(await officeUsers(tx))], message: { key: 'case.escalate', params: { code: c.code, level } } },
    };
  },
  request_extension: async ({ tx, c, body }) => ({
    data: { workdays: body.workdays },
    notice: { users: await officeUsers(tx), message: { key: 'case.request_extension', params: { code: c.code, workdays: body.workdays } } },
  }),
  grant_extension: async ({ tx, c, body }) => {
    const due = await checkDueDate(tx, body.dueDate);
    refuse(extensionRefusal(c.dueDate, due));
    return {
      patch: { dueDate: due },
      data: { from: c.dueDate, to: due },
      notice: { users: await liaisonsOf(tx, c.assignedUnitId as number), message: { key: 'case.grant_extension', params: { code: c.code, dueDate: due } } },
    };
  },
  respond: async ({ tx, c, body }) => ({
    patch: { substantiated: body.substantiated },
    data: { findings: body.findings, measures: body.measures, substantiated: body.substantiated },
    notice: { users: await officeUsers(tx), message: { key: 'case.respond', params: { code: c.code } } },
  }),
  return: (s) => sendBack(s, 'case.return'),
  reopen: (s) => sendBack(s, 'case.reopen'),
  follow_up: async ({ tx, c, body, kind }) => {
    const data: Record<string, unknown> = { satisfaction: body.satisfaction, comment: body.comment ?? null };
    const patch: Partial<CaseRow> = { satisfaction: body.satisfaction };
    let notice: Effect['notice'] = null;
    if (body.satisfaction === 'unsatisfied' && body.reopen) {
      const reopened = nextStatus('closed', 'reopen', kind);
      if (!reopened.ok) throw new IllegalTransition('reopen', 'closed', reopened.allowed);
      patch.status = reopened.to;
      patch.dueDate = await defaultDueDate(tx, c);
      patch.escalationLevel = 0;
      Object.assign(data, { reopened: true, dueDate: patch.dueDate });
      notice = { users: await liaisonsOf(tx, c.assignedUnitId as number), message: { key: 'case.follow_up', params: { code: c.code } } };
    }
    return { patch, data, reason: body.comment ?? null, notice };
  },
  merge: async ({ tx, c, body }) => {
    // A case of another campaign is no case here.
    const [into] =
      body.intoCaseId === c.id
        ? [c]
        : await tx.select({ id: cases.id, code: cases.code, status: cases.status }).from(cases).where(and(eq(cases.id, body.intoCaseId), eq(cases.campaignId, c.campaignId)));
    refuse(mergeRefusal(c.id, into ?? null));
    const target = into as { id: number; code: string };
    return { patch: { mergedIntoId: target.id }, data: { intoCaseId: target.id, intoCode: target.code } };
  },
};

/** Who takes a step: a signed-in user of the office or a unit, or the scheduler (userId null). */
export type StepTaker = { userId: number | null; kind: ActorKind };

export type StepOptions = {
  /** Evidence, already checked and stripped outside the transaction (see prepareAttachment). */
  files?: PreparedAttachment[];
  /** More fields the caller sets with the step (the scheduler marks the due date it reminded for). */
  alsoSet?: Partial<CaseRow>;
  /** Makes the notices idempotent (a scheduled step run twice tells once). */
  dedupeKey?: string;
  /** More timeline data (the scheduler names the due date it acted on). */
  alsoData?: Record<string, unknown>;
  /** The audit row's detail instead of the status change (the scheduler's: the due date, automatic). */
  auditDetail?: Record<string, unknown>;
};

/**
 * Takes one step on a locked case, for the office, a unit or the scheduler alike: checks the state
 * machine, applies the step's handler, writes the timeline entry, the notices and the audit row.
 */
export async function takeStep<A extends Action>(
  w: { tx: Queryable; audit(entry: AuditEntry): Promise<void> },
  who: StepTaker,
  c: StepCase,
  action: A,
  body: StepBodies[A],
  opts: StepOptions = {},
): Promise<void> {
  const { tx } = w;
  const next = nextStatus(c.status as Status, action, who.kind);
  if (!next.ok) throw new IllegalTransition(action, c.status as Status, next.allowed);
  const effect = await (STEP_HANDLERS[action] as StepHandler<A>)({ tx, c, body, kind: who.kind, to: next.to });
  const patch: Partial<CaseRow> = { status: next.to, updatedAt: new Date(), ...effect.patch, ...opts.alsoSet };
  const toStatus = patch.status ?? next.to;
  const b = body as { reason?: unknown; note?: unknown };
  const reason = effect.reason !== undefined ? effect.reason : typeof b.note === 'string' ? b.note : typeof b.reason === 'string' ? b.reason : null;
  const [event] = await tx
    .insert(caseEvents)
    .values({ caseId: c.id, userId: who.userId, actorKind: who.kind, action, fromStatus: c.status, toStatus, reason, data: { ...effect.data, ...opts.alsoData } })
    .returning({ id: caseEvents.id });
  await saveAttachments(tx, c.id, event?.id ?? null, who.userId, who.kind, opts.files ?? []);
  const [updated] = await tx.update(cases).set(patch).where(eq(cases.id, c.id)).returning({ id: cases.id });
  if (effect.notice) {
    const users = effect.notice.users.filter((u) => u !== who.userId);
    await notify(tx, users, { kind: action, caseId: c.id, message: effect.notice.message, ...(opts.dedupeKey ? { dedupeKey: opts.dedupeKey } : {}) });
  }
  await w.audit({ action: `case.${action}`, objectType: 'case', objectId: c.id, detail: opts.auditDetail ?? { from: c.status, to: toStatus } });
  if (!updated) throw notFound('No such case');
}
