import { eq, sql } from 'drizzle-orm';
import { audit, systemActor, type Actor } from '../../core/audit/audit.js';
import { rows, type Queryable } from '../../core/db/client.js';
import { evaluationAnswers, evaluationInvitations, evaluationRounds, evaluators } from './tables.js';
import { AppError, badRequest } from '../../core/errors.js';
import type { AppContext } from '../../core/http/context.js';
import { answerErrors, invitationProblem, unitsToRate, type AnswerIn, type InvitationProblem } from './rules.js';
import { LEVELS } from './scoring.js';
import { today, tokenKey, type EvaluationSetup } from './store.js';

type Ctx = Pick<AppContext, 'receiptHash'>;

const PROBLEMS: Record<InvitationProblem, { status: number; message: string }> = {
  unknown_token: { status: 404, message: 'This invitation link is not valid: check that it is complete' },
  wrong_round: { status: 409, message: 'This invitation link belongs to another evaluation round' },
  invitation_submitted: { status: 410, message: 'This invitation has already been used to submit; a link works once' },
  round_closed: { status: 410, message: 'This evaluation round is closed' },
  round_not_open: { status: 409, message: 'This evaluation round is not open yet' },
};

type Found = {
  invitation: typeof evaluationInvitations.$inferSelect;
  round: typeof evaluationRounds.$inferSelect;
  evaluator: typeof evaluators.$inferSelect;
};

/**
 * The invitation a token opens, checked; throws a problem naming what is wrong (forged, another
 * round's, already used, closed, not yet open). `lock` holds the row until the transaction ends.
 */
async function openInvitation(tx: Queryable, ctx: Ctx, roundId: number, token: string, lock: boolean): Promise<Found> {
  const q = tx
    .select({ invitation: evaluationInvitations, round: evaluationRounds, evaluator: evaluators })
    .from(evaluationInvitations)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationInvitations.roundId))
    .innerJoin(evaluators, eq(evaluators.id, evaluationInvitations.evaluatorId))
    .where(eq(evaluationInvitations.tokenHash, tokenKey(ctx, token)));
  const [found] = lock ? await q.for('update', { of: evaluationInvitations }) : await q;
  const problem = invitationProblem(found ? { roundId: found.round.id, submittedAt: found.invitation.submittedAt, round: found.round } : null, roundId, today());
  if (problem) {
    const { status, message } = PROBLEMS[problem];
    const detail = problem === 'round_not_open' && found ? `${message}: it opens on ${found.round.opensOn}` : message;
    throw new AppError(status, problem, detail, undefined, undefined, problem === 'round_not_open' && found ? { opensOn: found.round.opensOn } : undefined);
  }
  if (!found) throw new Error('unreachable');
  return found;
}

const rateable = (f: Found) => unitsToRate(f.round.unitIds, f.evaluator.dealtUnitIds);

export async function questionnaire(db: Queryable, ctx: Ctx, setup: EvaluationSetup, roundId: number, token: string) {
  const f = await openInvitation(db, ctx, roundId, token, false);
  const ids = rateable(f);
  const named = await rows<{ id: number; name: string }>(db, sql`select id, name from units where id = any(${`{${ids.join(',')}}`}::int[])`);
  const names = new Map(named.map((u) => [u.id, u.name]));
  const panel = setup.panels.find((p) => p.code === f.round.panel);
  const draft = f.invitation.draft as { answers: AnswerIn[] } | null;
  return {
    round: { id: f.round.id, panel: f.round.panel, panelName: panel?.name ?? f.round.panel, period: f.round.period, closesOn: f.round.closesOn },
    evaluator: { name: f.evaluator.name },
    criteria: setup.criteria,
    levels: LEVELS.map((code) => ({ code, points: setup.rules.scale[code] })),
    units: ids.map((id) => ({ id, name: names.get(id) ?? String(id) })),
    draft: draft && f.invitation.draftSavedAt ? { answers: draft.answers, savedAt: f.invitation.draftSavedAt.toISOString() } : null,
  };
}

function check(setup: EvaluationSetup, f: Found, answers: AnswerIn[], final: boolean): void {
  const errors = answerErrors(answers, rateable(f), setup.criteria.map((c) => c.code), final);
  if (errors.length) throw badRequest(errors[0]?.message ?? 'Bad answers', errors);
}

/** Keeps a partial questionnaire; it is never lost, and nothing counts until submission. */
export async function saveDraft(tx: Queryable, ctx: Ctx, setup: EvaluationSetup, roundId: number, token: string, answers: AnswerIn[]) {
  const f = await openInvitation(tx, ctx, roundId, token, true);
  check(setup, f, answers, false);
  const savedAt = new Date();
  await tx.update(evaluationInvitations).set({ draft: { answers }, draftSavedAt: savedAt }).where(eq(evaluationInvitations.id, f.invitation.id));
  return { savedAt: savedAt.toISOString() };
}

/** Records the answers and spends the link: a second submission is refused. */
export async function submit(tx: Queryable, ctx: Ctx, setup: EvaluationSetup, roundId: number, token: string, answers: AnswerIn[], requestId: string) {
  const f = await openInvitation(tx, ctx, roundId, token, true);
  check(setup, f, answers, true);
  const submittedAt = new Date();
  const counted = answers.filter((a) => a.notDealt || Object.keys(a.levels).length > 0 || a.comment);
  if (counted.length) {
    await tx.insert(evaluationAnswers).values(
      counted.map((a) => ({
        roundId,
        invitationId: f.invitation.id,
        evaluatorId: f.evaluator.id,
        unitId: a.unitId,
        notDealt: a.notDealt,
        levels: a.notDealt ? {} : a.levels,
        comment: a.comment ? a.comment : null,
      })),
    );
  }
  await tx.update(evaluationInvitations).set({ submittedAt, draft: null }).where(eq(evaluationInvitations.id, f.invitation.id));
  // The evaluator has no account; the audit row names the invitation, not the person.
  const actor: Actor = { ...systemActor(requestId), username: 'evaluator' };
  await audit(tx, actor, { action: 'evaluation.submit', objectType: 'evaluation_invitation', objectId: f.invitation.id, detail: { roundId, units: counted.length } });
  return { submittedAt: submittedAt.toISOString() };
}
