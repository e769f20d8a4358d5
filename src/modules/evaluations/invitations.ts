import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { today } from '../../core/calendar/workdays.js';
import { rows, type Queryable } from '../../core/db/client.js';
import { evaluationInvitations, evaluators } from './tables.js';
import { problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import type { AppContext } from '../../core/http/context.js';
import { problems, type InvitationFilter } from './contract.js';
import { invitationStatus, invitingRefusal, passesFilter } from './rules.js';
import { loadRound } from './rounds.js';
import { type EvaluationSetup } from './setup.js';

/** Invitations: an evaluator's personal link to a round, issued, listed and reminded. */

export const tokenKey = (ctx: Pick<AppContext, 'receiptHash'>, token: string) => ctx.receiptHash(`invitation:${token}`);
export const inviteLink = (roundId: number, token: string) => `/portal/evaluate/${roundId}#${token}`;

/** One invitation per evaluator of the round's panel; a second run adds only the missing ones. */
export async function issueInvitations(w: Write, ctx: Pick<AppContext, 'receiptHash' | 'secrets'>, setup: EvaluationSetup, id: number): Promise<{ created: number; total: number }> {
  const { tx } = w;
  const r = await loadRound(tx, setup, id);
  const refusal = invitingRefusal(r, today());
  if (refusal) throw problem(problems, refusal, 'The round is closed');
  const missing = await rows<{ id: number }>(
    tx,
    sql`select e.id from evaluators e
        where e.campaign_id = ${setup.campaign.id} and e.panel = ${r.panel}
          and not exists (select 1 from evaluation_invitations i where i.round_id = ${id} and i.evaluator_id = e.id)
        order by e.id`,
  );
  if (missing.length > 0) {
    await tx
      .insert(evaluationInvitations)
      .values(
        missing.map((e) => {
          const token = randomBytes(16).toString('base64url');
          return { roundId: id, evaluatorId: e.id, tokenHash: tokenKey(ctx, token), tokenSealed: ctx.secrets.seal(token) };
        }),
      )
      .onConflictDoNothing();
    await w.audit({ action: 'evaluation.invitations_issue', objectType: 'evaluation_round', objectId: id, detail: { created: missing.length } });
  }
  const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(evaluationInvitations).where(eq(evaluationInvitations.roundId, id));
  return { created: missing.length, total: total?.n ?? 0 };
}

export async function listInvitations(db: Queryable, ctx: Pick<AppContext, 'secrets'>, setup: EvaluationSetup, id: number, status?: InvitationFilter) {
  await loadRound(db, setup, id);
  const r = await db
    .select({ i: evaluationInvitations, e: evaluators })
    .from(evaluationInvitations)
    .innerJoin(evaluators, eq(evaluators.id, evaluationInvitations.evaluatorId))
    .where(eq(evaluationInvitations.roundId, id))
    .orderBy(asc(evaluators.organisation), asc(evaluators.name));
  return r
    .map(({ i, e }) => ({
      id: i.id,
      evaluatorId: e.id,
      name: e.name,
      organisation: e.organisation,
      contact: e.contactSealed ? ctx.secrets.open(e.contactSealed) : null,
      status: invitationStatus(i),
      submittedAt: i.submittedAt?.toISOString() ?? null,
      remindedAt: i.remindedAt?.toISOString() ?? null,
      link: inviteLink(id, ctx.secrets.open(i.tokenSealed)),
    }))
    .filter((x) => passesFilter(x.status, status));
}

export async function remind(w: Write, setup: EvaluationSetup, id: number): Promise<number> {
  const { tx } = w;
  const r = await loadRound(tx, setup, id);
  const refusal = invitingRefusal(r, today());
  if (refusal) throw problem(problems, refusal, 'The round is closed');
  const done = await tx
    .update(evaluationInvitations)
    .set({ remindedAt: new Date() })
    .where(and(eq(evaluationInvitations.roundId, id), sql`${evaluationInvitations.submittedAt} is null`))
    .returning({ id: evaluationInvitations.id });
  await w.audit({ action: 'evaluation.remind', objectType: 'evaluation_round', objectId: id, detail: { reminded: done.length } });
  return done.length;
}
