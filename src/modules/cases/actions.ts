import { and, eq, inArray, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../../core/auth/scope.js';
import type { Queryable } from '../../core/db/client.js';
import { forbidden, notFound } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import type { SessionUser } from '../../core/http/context.js';
import type { PreparedAttachment } from './attachments.js';
import type { Action, ActorKind } from './rules.js';
import { takeStep, type CaseRow, type StepBodies } from './steps.js';
import { cases } from './tables.js';

export type { CaseRow } from './steps.js';

/**
 * A user as they reach cases: who they are, and the campaign they look at. Nothing of another
 * campaign is reached: its cases answer like cases that do not exist.
 */
export type CaseReader = SessionUser & { campaignId: number };

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
export async function caseForUser(db: Queryable, user: CaseReader, id: number, lock = false): Promise<CaseRow> {
  if (!CASE_ROLES.includes(user.role)) throw notFound('No such case');
  // The reach is worked out first and the case looked for within it, in one statement: a case
  // of another unit and a missing one cost the same work, so timing tells them apart no more
  // than the answer does.
  const scope = await liaisonUnitIds(db, user);
  const q = db.select().from(cases).where(and(eq(cases.id, id), eq(cases.campaignId, user.campaignId), scope ? assignedToAny(scope) : undefined));
  const [c] = lock ? await q.for('update') : await q;
  if (!c) throw notFound('No such case');
  return c;
}

/** Takes one step on a case for a signed-in user (office or liaison): the case is locked, then the step is taken (steps.ts). */
export async function applyAction<A extends Action>(
  w: Write,
  user: CaseReader,
  id: number,
  action: A,
  body: StepBodies[A],
  /** Evidence, already checked and stripped outside the transaction (see prepareAttachment). */
  files: PreparedAttachment[] = [],
): Promise<void> {
  const c = await caseForUser(w.tx, user, id, true);
  const kind = actorKindOf(user);
  if (!kind) throw forbidden('Your role does not take steps on cases');
  return takeStep(w, { userId: user.id, kind }, c, action, body, { files });
}

/** Cases in a liaison's reach: those assigned to its unit or a unit below it. */
export async function liaisonUnitIds(db: Queryable, user: SessionUser): Promise<number[] | null> {
  if (user.role !== 'unit_liaison') return null;
  if (user.unitId === null) return [];
  return [...(await unitAndDescendants(db, user.unitId))];
}

export const assignedToAny = (ids: number[]) => (ids.length ? inArray(cases.assignedUnitId, ids) : sql`false`);
