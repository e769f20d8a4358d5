import { eq, sql } from 'drizzle-orm';
import { systemActor, type Actor } from '../../core/audit/audit.js';
import { today } from '../../core/calendar/workdays.js';
import { rows, type Queryable } from '../../core/db/client.js';
import { evaluationAnswers, evaluationInvitations, evaluationRounds, evaluators } from './tables.js';
import { badRequest, problem } from '../../core/errors.js';
import { problems } from './contract.js';
import type { Write } from '../../core/http/change.js';
import type { AppContext } from '../../core/http/context.js';
import { answerErrors, invitationProblem, unitsToRate, type AnswerIn, type InvitationProblem } from './rules.js';
import { LEVELS } from './scoring.js';
import { tokenKey } from './invitations.js';
import { type EvaluationSetup } from './setup.js';

type Ctx = Pick<AppContext, 'receiptHash'>;

/** The detail for API clients; the status and the words for people are in the contract's catalogue. */
const DETAILS: Record<InvitationProblem, string> = {
  unknown_token: 'This invitation link is not valid: check that it is complete',
  wrong_round: 'This invitation link belongs to another evaluation round',
  invitation_submitted: 'This invitation has already been used to submit; a link works once',
  evaluation_closed: 'This evaluation round is closed',
  round_not_open: 'This evaluation round is not open yet',
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
  const refusal = invitationProblem(found ? { roundId: found.round.id, submittedAt: found.invitation.submittedAt, round: found.round } : null, roundId, today());
  if (refusal) {
    const opensOn = refusal === 'round_not_open' && found ? found.round.opensOn : null;
    throw problem(problems, refusal, opensOn ? `${DETAILS[refusal]}: it opens on ${opensOn}` : DETAILS[refusal], opensOn ? { extra: { opensOn } } : {});
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

/** Who an evaluator's changes are made by: they have no account, so the audit row names the invitation, not the person. */
export const evaluatorActor = (requestId: string): Actor => ({ ...systemActor(requestId), username: 'evaluator' });

/** Keeps a partial questionnaire; it is never lost, and nothing counts until submission. Not audited: it is saved as it is typed. */
export async function saveDraft(w: Write, ctx: Ctx, setup: EvaluationSetup, roundId: number, token: string, answers: AnswerIn[]) {
  const { tx } = w;
  const f = await openInvitation(tx, ctx, roundId, token, true);
  check(setup, f, answers, false);
  const savedAt = new Date();
  await tx.update(evaluationInvitations).set({ draft: { answers }, draftSavedAt: savedAt }).where(eq(evaluationInvitations.id, f.invitation.id));
  return { savedAt: savedAt.toISOString() };
}

/** Records the answers and spends the link: a second submission is refused. The change is the evaluator's (`evaluatorActor`). */
export async function submit(w: Write, ctx: Ctx, setup: EvaluationSetup, roundId: number, token: string, answers: AnswerIn[]) {
  const { tx } = w;
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
  await w.audit({ action: 'evaluation.submit', objectType: 'evaluation_invitation', objectId: f.invitation.id, detail: { roundId, units: counted.length } });
  return { submittedAt: submittedAt.toISOString() };
}
