import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { today } from '../../core/calendar/workdays.js';
import { type Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { campaignUnits } from '../plan/tables.js';
import { evaluationAnswers, evaluationInvitations, evaluationRounds } from './tables.js';
import { badRequest, notFound, problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import { problems } from './contract.js';
import { checkUnits } from '../units/store.js';
import { campaignSpan, daysOutsideCampaign } from '../../core/campaign.js';
import { currentPeriod, periodMatches, periodOutside, roundDaysRefusal, roundEditRefusal, roundState, unitsChangeRefusal } from './rules.js';
import { panelOf, type EvaluationSetup } from './setup.js';

/** Evaluation rounds: one panel's evaluation in one period, its units, dates and response counts. */

export type RoundRow = typeof evaluationRounds.$inferSelect;

export async function roundCounts(db: Queryable, ids: number[]): Promise<Map<number, { invited: number; drafts: number; submitted: number }>> {
  if (ids.length === 0) return new Map();
  const r = await db
    .select({
      roundId: evaluationInvitations.roundId,
      invited: sql<number>`count(*)::int`,
      drafts: sql<number>`count(*) filter (where ${evaluationInvitations.submittedAt} is null and ${evaluationInvitations.draft} is not null)::int`,
      submitted: sql<number>`count(${evaluationInvitations.submittedAt})::int`,
    })
    .from(evaluationInvitations)
    .where(inArray(evaluationInvitations.roundId, ids))
    .groupBy(evaluationInvitations.roundId);
  return new Map(r.map((x) => [x.roundId, x]));
}

/** Submitted over invited, to three decimals; 0 while nobody is invited. */
export const responseRate = (c: { invited: number; submitted: number }) => (c.invited ? Math.round((c.submitted / c.invited) * 1000) / 1000 : 0);

function presentRound(setup: EvaluationSetup, r: RoundRow, c: { invited: number; drafts: number; submitted: number } | undefined) {
  const counts = c ?? { invited: 0, drafts: 0, submitted: 0 };
  return {
    id: r.id,
    panel: r.panel,
    panelName: setup.panels.find((p) => p.code === r.panel)?.name ?? r.panel,
    period: r.period,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    closedAt: r.closedAt?.toISOString() ?? null,
    state: roundState(r, today()),
    unitCount: r.unitIds.length,
    ...counts,
    responseRate: responseRate(counts),
  };
}

export async function listRounds(db: Queryable, setup: EvaluationSetup, period?: string) {
  const r = await db
    .select()
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.campaignId, setup.campaign.id), period ? eq(evaluationRounds.period, period) : undefined))
    .orderBy(desc(evaluationRounds.period), asc(evaluationRounds.panel));
  const counts = await roundCounts(db, r.map((x) => x.id));
  return r.map((x) => presentRound(setup, x, counts.get(x.id)));
}

export async function loadRound(db: Queryable, setup: EvaluationSetup, id: number): Promise<RoundRow> {
  const [r] = await db
    .select()
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.id, id), eq(evaluationRounds.campaignId, setup.campaign.id)));
  if (!r) throw notFound('No such evaluation round');
  return r;
}

export async function roundDetail(db: Queryable, setup: EvaluationSetup, id: number) {
  const r = await loadRound(db, setup, id);
  const counts = await roundCounts(db, [r.id]);
  return { ...presentRound(setup, r, counts.get(r.id)), units: await unitNames(db, r.unitIds) };
}

export async function unitNames(db: Queryable, ids: number[]): Promise<{ id: number; name: string }[]> {
  if (ids.length === 0) return [];
  const r = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  const byId = new Map(r.map((u) => [u.id, u.name]));
  return ids.map((id) => ({ id, name: byId.get(id) ?? String(id) }));
}

export async function createRound(w: Write, setup: EvaluationSetup, b: { panel: string; period: string; opensOn: string; closesOn: string; unitIds?: number[] | undefined }): Promise<number> {
  const { tx, actor } = w;
  const panel = panelOf(setup, b.panel);
  if (!periodMatches(b.period, panel.frequency)) {
    throw badRequest('The period does not match the panel’s rhythm', [{ path: 'period', message: `${panel.name} is ${panel.frequency}; e.g. ${currentPeriod(campaignSpan(setup.campaign), today(), panel.frequency)}` }]);
  }
  const span = campaignSpan(setup.campaign);
  const outside = [
    ...(periodOutside(b.period, span) ? [{ path: 'period', message: `must fall within the campaign (${span.start ?? '…'} to ${span.end ?? '…'})` }] : []),
    ...daysOutsideCampaign(span, [{ path: 'opensOn', day: b.opensOn }, { path: 'closesOn', day: b.closesOn }]),
  ];
  if (outside.length) throw badRequest('The round falls outside the campaign', outside);
  let unitIds = b.unitIds ? [...new Set(b.unitIds)] : undefined;
  if (unitIds) await checkUnits(tx, setup.campaign.id, unitIds, 'unitIds');
  else {
    const monitored = await tx
      .select({ id: campaignUnits.unitId })
      .from(campaignUnits)
      .innerJoin(units, eq(units.id, campaignUnits.unitId))
      .where(and(eq(campaignUnits.campaignId, setup.campaign.id), eq(campaignUnits.monitored, true), sql`${units.retiredAt} is null`))
      .orderBy(asc(campaignUnits.sort));
    unitIds = monitored.map((u) => u.id);
  }
  const [created] = await tx
    .insert(evaluationRounds)
    .values({ campaignId: setup.campaign.id, panel: b.panel, period: b.period, opensOn: b.opensOn, closesOn: b.closesOn, unitIds, createdBy: actor.userId })
    .onConflictDoNothing()
    .returning();
  if (!created) throw problem(problems, 'round_exists', `${panel.name} already has a round for ${b.period}`, { errors: [{ path: 'period', message: 'already has a round for this panel' }] });
  await w.audit({ action: 'evaluation.round_create', objectType: 'evaluation_round', objectId: created.id, detail: { panel: b.panel, period: b.period, units: unitIds.length } });
  return created.id;
}

export async function patchRound(w: Write, setup: EvaluationSetup, id: number, b: { opensOn?: string | undefined; closesOn?: string | undefined; unitIds?: number[] | undefined }): Promise<void> {
  const { tx } = w;
  const r = await loadRound(tx, setup, id);
  if (roundEditRefusal(r)) throw problem(problems, 'round_closed', 'The round is closed');
  const opensOn = b.opensOn ?? r.opensOn;
  const closesOn = b.closesOn ?? r.closesOn;
  if (roundDaysRefusal(opensOn, closesOn)) throw badRequest('The round would close before it opens', [{ path: 'closesOn', message: 'must not be before opensOn' }]);
  const outside = daysOutsideCampaign(campaignSpan(setup.campaign), [
    ...(b.opensOn ? [{ path: 'opensOn', day: b.opensOn }] : []),
    ...(b.closesOn ? [{ path: 'closesOn', day: b.closesOn }] : []),
  ]);
  if (outside.length) throw badRequest('The round falls outside the campaign', outside);
  let unitIds = r.unitIds;
  if (b.unitIds) {
    const [answered] = await tx.select({ n: sql<number>`count(*)::int` }).from(evaluationAnswers).where(eq(evaluationAnswers.roundId, id));
    if (unitsChangeRefusal(answered?.n ?? 0)) throw problem(problems, 'round_answered', 'Units cannot change once answers have come in', { errors: [{ path: 'unitIds', message: 'answers have already come in' }] });
    unitIds = [...new Set(b.unitIds)];
    await checkUnits(tx, setup.campaign.id, unitIds, 'unitIds', r.unitIds);
  }
  await tx.update(evaluationRounds).set({ opensOn, closesOn, unitIds }).where(eq(evaluationRounds.id, id));
  await w.audit({ action: 'evaluation.round_update', objectType: 'evaluation_round', objectId: id, detail: { opensOn, closesOn, units: unitIds.length } });
}

/** Closes a round by hand; closing a closed round changes nothing (and leaves no audit row). */
export async function closeRound(w: Write, setup: EvaluationSetup, id: number): Promise<void> {
  const r = await loadRound(w.tx, setup, id);
  if (!r.closedAt) {
    await w.tx.update(evaluationRounds).set({ closedAt: new Date() }).where(eq(evaluationRounds.id, id));
    await w.audit({ action: 'evaluation.round_close', objectType: 'evaluation_round', objectId: id });
  }
}

/** Rounds whose campaign was looked up, per database: a round never moves to another campaign. */
const campaignOfRound = new WeakMap<object, Map<number, number>>();
const CAMPAIGN_OF_ROUND_MAX = 10_000;

/** The campaign a round belongs to; null for no such round (which may yet be created, so that is not kept). */
export async function roundCampaignId(db: Queryable, roundId: number): Promise<number | null> {
  let known = campaignOfRound.get(db);
  if (!known) campaignOfRound.set(db, (known = new Map()));
  const found = known.get(roundId);
  if (found !== undefined) return found;
  const [r] = await db.select({ campaignId: evaluationRounds.campaignId }).from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
  if (!r) return null;
  if (known.size >= CAMPAIGN_OF_ROUND_MAX) known.clear();
  known.set(roundId, r.campaignId);
  return r.campaignId;
}
