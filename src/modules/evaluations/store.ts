import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { audit, type Actor } from '../../core/audit/audit.js';
import { chinaDay } from '../../core/calendar/workdays.js';
import { rows, type Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { campaignUnits, problemCategories } from '../plan/tables.js';
import { evaluationAnswers, evaluationInvitations, evaluationPublications, evaluationRounds, evaluationRules, evaluators } from './tables.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import type { AppContext } from '../../core/http/context.js';
import type { Plan } from '../plan/schema.js';
import { getCampaign, type CampaignRow } from '../plan/store.js';
import { currentPeriod, OVERALL, periodMatches, previousPeriod, roundsStillOpen, roundState } from './rules.js';
import { DEFAULT_RULES, LEVELS, scoreRound, validateRules, type EvaluationAnswer, type Level, type RankedUnit, type ScoringRules } from './scoring.js';

export type Panel = { code: string; name: string; size: number; frequency: string };

/** What every evaluation route needs: the current campaign, its panels, questionnaire and rules. */
export type EvaluationSetup = { campaign: CampaignRow; panels: Panel[]; criteria: { code: string; name: string }[]; rules: ScoringRules };

export async function evaluationSetup(db: Queryable): Promise<EvaluationSetup> {
  const campaign = await getCampaign(db);
  const plan = campaign.plan as Plan;
  const panels = plan.measures.evaluationPanels;
  const cats = await db
    .select({ code: problemCategories.code, name: problemCategories.name })
    .from(problemCategories)
    .where(eq(problemCategories.campaignId, campaign.id))
    .orderBy(asc(problemCategories.sort));
  const [stored] = await db.select().from(evaluationRules).where(eq(evaluationRules.campaignId, campaign.id));
  const rules = { ...DEFAULT_RULES, ...((stored?.rules as Partial<ScoringRules> | undefined) ?? {}) };
  return { campaign, panels, criteria: [...cats, { code: OVERALL, name: '总体评价' }], rules };
}

export function panelOf(setup: EvaluationSetup, code: string, path = 'panel'): Panel {
  const p = setup.panels.find((x) => x.code === code);
  if (!p) throw badRequest('Unknown panel', [{ path, message: `must be one of ${setup.panels.map((x) => x.code).join(', ')}` }]);
  return p;
}

export const today = (): string => chinaDay(new Date());

export function overview(setup: EvaluationSetup, periods: string[]) {
  const frequency = setup.panels[0]?.frequency ?? 'quarterly';
  return {
    panels: setup.panels,
    periods,
    currentPeriod: currentPeriod(setup.campaign.year, today(), frequency),
    rules: setup.rules,
    criteria: setup.criteria,
  };
}

export async function periodsWithRounds(db: Queryable, campaignId: number): Promise<string[]> {
  const r = await db
    .selectDistinct({ period: evaluationRounds.period })
    .from(evaluationRounds)
    .where(eq(evaluationRounds.campaignId, campaignId))
    .orderBy(desc(evaluationRounds.period));
  return r.map((x) => x.period);
}

export async function saveRules(tx: Queryable, actor: Actor, setup: EvaluationSetup, patch: Partial<ScoringRules>): Promise<ScoringRules> {
  const rules = { ...setup.rules, ...patch };
  for (const code of Object.keys(rules.weights)) panelOf(setup, code, `weights.${code}`);
  try {
    validateRules(rules);
  } catch (err) {
    throw badRequest((err as Error).message, [{ path: '(root)', message: (err as Error).message }]);
  }
  await tx
    .insert(evaluationRules)
    .values({ campaignId: setup.campaign.id, rules })
    .onConflictDoUpdate({ target: evaluationRules.campaignId, set: { rules, updatedAt: new Date() } });
  await audit(tx, actor, { action: 'evaluation.rules', objectType: 'campaign', objectId: setup.campaign.id, detail: { ...patch } });
  return rules;
}

// ---------------------------------------------------------------- rounds

type RoundRow = typeof evaluationRounds.$inferSelect;

async function roundCounts(db: Queryable, ids: number[]): Promise<Map<number, { invited: number; drafts: number; submitted: number }>> {
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
const responseRate = (c: { invited: number; submitted: number }) => (c.invited ? Math.round((c.submitted / c.invited) * 1000) / 1000 : 0);

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

async function unitNames(db: Queryable, ids: number[]): Promise<{ id: number; name: string }[]> {
  if (ids.length === 0) return [];
  const r = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  const byId = new Map(r.map((u) => [u.id, u.name]));
  return ids.map((id) => ({ id, name: byId.get(id) ?? String(id) }));
}

/** Refuses an id that names no unit, with the path of the first such entry. */
export async function checkUnits(db: Queryable, ids: number[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set((await db.select({ id: units.id }).from(units).where(inArray(units.id, ids))).map((u) => u.id));
  const i = ids.findIndex((id) => !found.has(id));
  if (i >= 0) throw badRequest('Unknown unit', [{ path: `${path}[${i}]`, message: `no unit with id ${ids[i]}` }]);
}

export async function createRound(
  tx: Queryable,
  actor: Actor,
  setup: EvaluationSetup,
  b: { panel: string; period: string; opensOn: string; closesOn: string; unitIds?: number[] | undefined },
) {
  const panel = panelOf(setup, b.panel);
  if (!periodMatches(b.period, panel.frequency)) {
    throw badRequest('The period does not match the panel’s rhythm', [{ path: 'period', message: `${panel.name} is ${panel.frequency}; e.g. ${currentPeriod(setup.campaign.year, today(), panel.frequency)}` }]);
  }
  let unitIds = b.unitIds ? [...new Set(b.unitIds)] : undefined;
  if (unitIds) await checkUnits(tx, unitIds, 'unitIds');
  else {
    const monitored = await tx
      .select({ id: campaignUnits.unitId })
      .from(campaignUnits)
      .where(and(eq(campaignUnits.campaignId, setup.campaign.id), eq(campaignUnits.monitored, true)))
      .orderBy(asc(campaignUnits.sort));
    unitIds = monitored.map((u) => u.id);
  }
  const [created] = await tx
    .insert(evaluationRounds)
    .values({ campaignId: setup.campaign.id, panel: b.panel, period: b.period, opensOn: b.opensOn, closesOn: b.closesOn, unitIds, createdBy: actor.userId })
    .onConflictDoNothing()
    .returning();
  if (!created) throw new AppError(409, 'round_exists', `${panel.name} already has a round for ${b.period}`, [{ path: 'period', message: 'already has a round for this panel' }]);
  await audit(tx, actor, { action: 'evaluation.round_create', objectType: 'evaluation_round', objectId: created.id, detail: { panel: b.panel, period: b.period, units: unitIds.length } });
  return created.id;
}

export async function patchRound(tx: Queryable, actor: Actor, setup: EvaluationSetup, id: number, b: { opensOn?: string | undefined; closesOn?: string | undefined; unitIds?: number[] | undefined }) {
  const r = await loadRound(tx, setup, id);
  if (r.closedAt) throw new AppError(409, 'round_closed', 'The round is closed');
  const opensOn = b.opensOn ?? r.opensOn;
  const closesOn = b.closesOn ?? r.closesOn;
  if (opensOn > closesOn) throw badRequest('The round would close before it opens', [{ path: 'closesOn', message: 'must not be before opensOn' }]);
  let unitIds = r.unitIds;
  if (b.unitIds) {
    const [answered] = await tx.select({ n: sql<number>`count(*)::int` }).from(evaluationAnswers).where(eq(evaluationAnswers.roundId, id));
    if ((answered?.n ?? 0) > 0) throw new AppError(409, 'round_answered', 'Units cannot change once answers have come in', [{ path: 'unitIds', message: 'answers have already come in' }]);
    unitIds = [...new Set(b.unitIds)];
    await checkUnits(tx, unitIds, 'unitIds');
  }
  await tx.update(evaluationRounds).set({ opensOn, closesOn, unitIds }).where(eq(evaluationRounds.id, id));
  await audit(tx, actor, { action: 'evaluation.round_update', objectType: 'evaluation_round', objectId: id, detail: { opensOn, closesOn, units: unitIds.length } });
}

export async function closeRound(tx: Queryable, actor: Actor, setup: EvaluationSetup, id: number) {
  const r = await loadRound(tx, setup, id);
  if (!r.closedAt) {
    await tx.update(evaluationRounds).set({ closedAt: new Date() }).where(eq(evaluationRounds.id, id));
    await audit(tx, actor, { action: 'evaluation.round_close', objectType: 'evaluation_round', objectId: id });
  }
}

// ---------------------------------------------------------------- invitations

export const tokenKey = (ctx: Pick<AppContext, 'receiptHash'>, token: string) => ctx.receiptHash(`invitation:${token}`);
export const inviteLink = (roundId: number, token: string) => `/portal/evaluate/${roundId}#${token}`;

/** One invitation per evaluator of the round's panel; a second run adds only the missing ones. */
export async function issueInvitations(tx: Queryable, ctx: Pick<AppContext, 'receiptHash' | 'secrets'>, actor: Actor, setup: EvaluationSetup, id: number) {
  const r = await loadRound(tx, setup, id);
  if (roundState(r, today()) === 'closed') throw new AppError(409, 'round_closed', 'The round is closed');
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
    await audit(tx, actor, { action: 'evaluation.invitations_issue', objectType: 'evaluation_round', objectId: id, detail: { created: missing.length } });
  }
  const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(evaluationInvitations).where(eq(evaluationInvitations.roundId, id));
  return { created: missing.length, total: total?.n ?? 0 };
}

export type InvitationFilter = 'pending' | 'draft' | 'submitted' | 'unanswered';

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
      status: i.submittedAt ? ('submitted' as const) : i.draft ? ('draft' as const) : ('pending' as const),
      submittedAt: i.submittedAt?.toISOString() ?? null,
      remindedAt: i.remindedAt?.toISOString() ?? null,
      link: inviteLink(id, ctx.secrets.open(i.tokenSealed)),
    }))
    .filter((x) => !status || (status === 'unanswered' ? x.status !== 'submitted' : x.status === status));
}

export async function remind(tx: Queryable, actor: Actor, setup: EvaluationSetup, id: number): Promise<number> {
  const r = await loadRound(tx, setup, id);
  if (roundState(r, today()) === 'closed') throw new AppError(409, 'round_closed', 'The round is closed');
  const done = await tx
    .update(evaluationInvitations)
    .set({ remindedAt: new Date() })
    .where(and(eq(evaluationInvitations.roundId, id), sql`${evaluationInvitations.submittedAt} is null`))
    .returning({ id: evaluationInvitations.id });
  await audit(tx, actor, { action: 'evaluation.remind', objectType: 'evaluation_round', objectId: id, detail: { reminded: done.length } });
  return done.length;
}

// ---------------------------------------------------------------- results

type AnswerRow = { panel: string; evaluator_id: number; member_unit_id: number | null; unit_id: number; not_dealt: boolean; levels: Record<string, Level> };

/**
 * The answers of a period's rounds, for scoring. Read as one row per panel and unit, the answers
 * packed in a JSON array: tens of thousands of rows cost far more to send and decode one by one
 * (on the embedded database above all) than a hundred arrays do.
 */
async function periodAnswers(db: Queryable, campaignId: number, period: string): Promise<{ rounds: RoundRow[]; answers: AnswerRow[] }> {
  const rounds = await db
    .select()
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.campaignId, campaignId), eq(evaluationRounds.period, period)));
  if (rounds.length === 0) return { rounds, answers: [] };
  const packed = await rows<{ panel: string; unit_id: number; answers: string }>(
    db,
    sql`select r.panel, a.unit_id, json_agg(json_build_array(a.evaluator_id, e.member_unit_id, a.not_dealt, a.levels))::text as answers
        from evaluation_answers a
        join evaluation_rounds r on r.id = a.round_id
        join evaluators e on e.id = a.evaluator_id
        where r.campaign_id = ${campaignId} and r.period = ${period}
        group by r.panel, a.unit_id`,
  );
  const answers: AnswerRow[] = [];
  for (const p of packed) {
    for (const [evaluatorId, memberUnitId, notDealt, levels] of JSON.parse(p.answers) as [number, number | null, boolean, Record<string, Level>][]) {
      answers.push({ panel: p.panel, evaluator_id: evaluatorId, member_unit_id: memberUnitId, unit_id: p.unit_id, not_dealt: notDealt, levels });
    }
  }
  return { rounds, answers };
}

function scorePeriod(rules: ScoringRules, rounds: RoundRow[], answers: AnswerRow[], previous?: RankedUnit[]): RankedUnit[] {
  const unitIds = [...new Set(rounds.flatMap((r) => r.unitIds))];
  const input: EvaluationAnswer[] = answers.map((a) => ({
    evaluatorId: a.evaluator_id,
    evaluatorUnitId: a.member_unit_id,
    panel: a.panel,
    unitId: a.unit_id,
    notDealt: a.not_dealt,
    levels: a.levels,
  }));
  return scoreRound(input, unitIds, rules, previous);
}

const noAnswers = (): Record<Level, number> => Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;

export async function periodResults(db: Queryable, setup: EvaluationSetup, period: string) {
  const { rounds, answers } = await periodAnswers(db, setup.campaign.id, period);
  const before = previousPeriod(period);
  const prev = await periodAnswers(db, setup.campaign.id, before);
  const previous = prev.rounds.length ? scorePeriod(setup.rules, prev.rounds, prev.answers) : undefined;
  const ranked = scorePeriod(setup.rules, rounds, answers, previous);
  const names = new Map((await unitNames(db, ranked.map((u) => u.unitId))).map((u) => [u.id, u.name]));
  const distribution = new Map<number, Record<Level, number>>();
  for (const a of answers) {
    const overall = a.levels[OVERALL];
    if (a.not_dealt || !overall || a.member_unit_id === a.unit_id) continue;
    const d = distribution.get(a.unit_id) ?? noAnswers();
    d[overall] += 1;
    distribution.set(a.unit_id, d);
  }
  const counts = await roundCounts(db, rounds.map((r) => r.id));
  const panelCodes = setup.panels.map((p) => p.code).filter((c) => rounds.some((r) => r.panel === c));
  return {
    period,
    previousPeriod: previous ? before : null,
    panels: setup.panels.filter((p) => panelCodes.includes(p.code)).map((p) => ({ code: p.code, name: p.name })),
    units: ranked.map((u) => ({
      ...u,
      unitName: names.get(u.unitId) ?? String(u.unitId),
      distribution: distribution.get(u.unitId) ?? noAnswers(),
    })),
    responseRates: rounds.map((r) => {
      const c = counts.get(r.id) ?? { invited: 0, submitted: 0 };
      return { panel: r.panel, invited: c.invited, submitted: c.submitted, rate: responseRate(c) };
    }),
  };
}

export type PeriodResults = Awaited<ReturnType<typeof periodResults>>;

export async function unitTrend(db: Queryable, setup: EvaluationSetup, unitId: number) {
  const periods = (await periodsWithRounds(db, setup.campaign.id)).reverse();
  const items = [];
  for (const period of periods) {
    const { rounds, answers } = await periodAnswers(db, setup.campaign.id, period);
    const ranked = scorePeriod(setup.rules, rounds, answers);
    const mine = ranked.find((u) => u.unitId === unitId);
    if (mine) items.push({ period, combined: mine.combined, rank: mine.rank, ranked: ranked.filter((u) => u.rank !== null).length });
  }
  return items;
}

// ---------------------------------------------------------------- comments

export async function listComments(db: Queryable, setup: EvaluationSetup, q: { period?: string | undefined; unitId?: number | undefined }) {
  return (
    await rows<{ id: string; unit_id: number; unit_name: string; panel: string; period: string; comment: string; case_id: string | null; case_code: string | null; released: boolean }>(
      db,
      sql`select a.id, a.unit_id, u.name as unit_name, r.panel, r.period, a.comment, a.case_id, c.code as case_code, a.comment_released_at is not null as released
          from evaluation_answers a
          join evaluation_rounds r on r.id = a.round_id
          join units u on u.id = a.unit_id
          left join cases c on c.id = a.case_id
          where r.campaign_id = ${setup.campaign.id} and a.comment is not null
            ${q.period ? sql`and r.period = ${q.period}` : sql``}
            ${q.unitId ? sql`and a.unit_id = ${q.unitId}` : sql``}
          order by r.period desc, a.id desc
          limit 2000`,
    )
  ).map((c) => ({
    answerId: Number(c.id),
    unitId: c.unit_id,
    unitName: c.unit_name,
    panel: c.panel,
    period: c.period,
    comment: c.comment,
    caseId: c.case_id === null ? null : Number(c.case_id),
    caseCode: c.case_code,
    released: c.released,
  }));
}

// ---------------------------------------------------------------- publications

type PublicationRow = typeof evaluationPublications.$inferSelect;

export async function listPublications(db: Queryable, setup: EvaluationSetup, period?: string) {
  const r = await rows<PublicationRow & { created_by_name: string | null; approved_by_name: string | null }>(
    db,
    sql`select p.id, p.period, p.version, p.status, p.note, p.created_at as "createdAt", p.approved_at as "approvedAt",
               cu.display_name as created_by_name, au.display_name as approved_by_name
        from evaluation_publications p
        left join users cu on cu.id = p.created_by
        left join users au on au.id = p.approved_by
        where p.campaign_id = ${setup.campaign.id} ${period ? sql`and p.period = ${period}` : sql``}
        order by p.period desc, p.version desc`,
  );
  return r.map(presentPublication);
}

function presentPublication(p: Pick<PublicationRow, 'id' | 'period' | 'version' | 'status' | 'note' | 'createdAt' | 'approvedAt'> & { created_by_name?: string | null; approved_by_name?: string | null }) {
  return {
    id: p.id,
    period: p.period,
    version: p.version,
    status: p.status as 'pending' | 'approved',
    note: p.note,
    createdAt: new Date(p.createdAt).toISOString(),
    createdBy: p.created_by_name ?? null,
    approvedAt: p.approvedAt ? new Date(p.approvedAt).toISOString() : null,
    approvedBy: p.approved_by_name ?? null,
  };
}

/** Refuses while a round of the period is still open or scheduled: its ranking could still change. */
async function refuseWhileRoundsOpen(db: Queryable, setup: EvaluationSetup, period: string): Promise<void> {
  const rounds = await db
    .select({ id: evaluationRounds.id, panel: evaluationRounds.panel, opensOn: evaluationRounds.opensOn, closesOn: evaluationRounds.closesOn, closedAt: evaluationRounds.closedAt })
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.campaignId, setup.campaign.id), eq(evaluationRounds.period, period)));
  const open = roundsStillOpen(rounds, chinaDay(new Date()));
  if (open.length) {
    throw new AppError(409, 'rounds_open', `A round of ${period} is still open (${open.map((r) => r.panel).join(', ')}): close it before its ranking is published`, [
      { path: 'period', message: 'has rounds still open' },
    ], undefined, { openRounds: open.map((r) => r.id) });
  }
}

/** A frozen copy of the period's ranking, waiting for a leader's approval; a new version each time. */
export async function createPublication(tx: Queryable, actor: Actor, setup: EvaluationSetup, period: string, note: string | undefined) {
  await refuseWhileRoundsOpen(tx, setup, period);
  const results = await periodResults(tx, setup, period);
  if (results.units.length === 0) throw badRequest('There is nothing to publish for this period', [{ path: 'period', message: 'has no evaluation rounds' }]);
  const frozen = {
    period,
    panels: results.panels,
    units: results.units.map((u) => ({
      rank: u.rank,
      unitName: u.unitName,
      combined: u.combined,
      panels: Object.fromEntries(Object.entries(u.panels).map(([k, v]) => [k, v.score])),
      // For the unit's own page; the portal shows only the four fields above.
      unitId: u.unitId,
      samples: Object.fromEntries(Object.entries(u.panels).map(([k, v]) => [k, { n: v.n, sufficient: v.sufficient }])),
    })),
  };
  const [created] = await rows<PublicationRow>(
    tx,
    sql`insert into evaluation_publications (campaign_id, period, version, status, note, results, created_by)
        select ${setup.campaign.id}, ${period}, coalesce(max(version), 0) + 1, 'pending', ${note ?? null}, ${JSON.stringify(frozen)}::jsonb, ${actor.userId}
        from evaluation_publications where campaign_id = ${setup.campaign.id} and period = ${period}
        returning id, period, version, status, note, created_at as "createdAt", approved_at as "approvedAt"`,
  );
  if (!created) throw new Error('insert returned no row');
  await audit(tx, actor, { action: 'evaluation.publication_create', objectType: 'evaluation_publication', objectId: created.id, detail: { period, version: created.version } });
  return presentPublication({ ...created, created_by_name: actor.username });
}

export async function approvePublication(tx: Queryable, actor: Actor, setup: EvaluationSetup, id: number) {
  const [p] = await tx
    .select()
    .from(evaluationPublications)
    .where(and(eq(evaluationPublications.id, id), eq(evaluationPublications.campaignId, setup.campaign.id)))
    .for('update');
  if (!p) throw notFound('No such publication');
  if (p.status === 'approved') throw new AppError(409, 'already_approved', 'This version is already approved; a correction is a new version');
  await refuseWhileRoundsOpen(tx, setup, p.period);
  await tx.update(evaluationPublications).set({ status: 'approved', approvedBy: actor.userId, approvedAt: new Date() }).where(eq(evaluationPublications.id, id));
  await audit(tx, actor, { action: 'evaluation.publication_approve', objectType: 'evaluation_publication', objectId: id, detail: { period: p.period, version: p.version } });
  const [after] = await listPublications(tx, setup, p.period).then((l) => l.filter((x) => x.id === id));
  if (!after) throw new Error('approved publication vanished');
  return after;
}

/** The approved rankings for the portal: the latest version of a period, or the one asked for. */
export async function publicRanking(db: Queryable, setup: EvaluationSetup, period: string, version?: number) {
  const approved = await db
    .select()
    .from(evaluationPublications)
    .where(and(eq(evaluationPublications.campaignId, setup.campaign.id), eq(evaluationPublications.period, period), eq(evaluationPublications.status, 'approved')))
    .orderBy(desc(evaluationPublications.version));
  const chosen = version === undefined ? approved[0] : approved.find((p) => p.version === version);
  if (!chosen) throw notFound('No published ranking for this period');
  const frozen = chosen.results as { panels: { code: string; name: string }[]; units: { rank: number | null; unitName: string; combined: number | null; panels: Record<string, number | null> }[] };
  return {
    period,
    version: chosen.version,
    publishedAt: (chosen.approvedAt ?? chosen.createdAt).toISOString(),
    versions: approved.map((p) => ({ version: p.version, publishedAt: (p.approvedAt ?? p.createdAt).toISOString(), note: p.note })),
    panels: frozen.panels,
    units: frozen.units.map((u) => ({ rank: u.rank, unitName: u.unitName, combined: u.combined, panels: u.panels })),
  };
}

export async function publicRankingList(db: Queryable, setup: EvaluationSetup) {
  const r = await rows<{ period: string; version: number; approved_at: Date | string }>(
    db,
    sql`select distinct on (period) period, version, approved_at from evaluation_publications
        where campaign_id = ${setup.campaign.id} and status = 'approved'
        order by period desc, version desc`,
  );
  return r.map((p) => ({ period: p.period, version: p.version, publishedAt: new Date(p.approved_at).toISOString() }));
}

// ---------------------------------------------------------------- a liaison's own unit

/** A period's ranking as frozen in a publication (older versions lack unitId and samples). */
type FrozenUnit = { rank: number | null; unitName: string; combined: number | null; panels: Record<string, number | null>; unitId?: number; samples?: Record<string, { n: number; sufficient: boolean }> };

/**
 * What a liaison sees of their own unit: only what a leader approved for publication (the latest
 * approved version of each period), and only the comments the office released to the unit —
 * never a live score, never a comment before the office has read it, never one filed as a case.
 */
export async function myUnit(db: Queryable, setup: EvaluationSetup, unitId: number) {
  const [unit] = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, unitId));
  if (!unit) throw notFound('No such unit');
  const published = await rows<{ period: string; version: number; approved_at: Date | string; results: { units: FrozenUnit[] } }>(
    db,
    sql`select distinct on (period) period, version, approved_at, results from evaluation_publications
        where campaign_id = ${setup.campaign.id} and status = 'approved'
        order by period desc, version desc`,
  );
  const periods = [];
  for (const p of published) {
    const frozen = p.results.units;
    const mine = frozen.find((u) => (u.unitId !== undefined ? u.unitId === unitId : u.unitName === unit.name));
    if (!mine) continue;
    periods.push({
      period: p.period,
      version: p.version,
      publishedAt: new Date(p.approved_at).toISOString(),
      combined: mine.combined,
      rank: mine.rank,
      ranked: frozen.filter((u) => u.rank !== null).length,
      panels: Object.fromEntries(
        Object.entries(mine.panels).map(([k, score]) => [k, { n: mine.samples?.[k]?.n ?? null, score, sufficient: mine.samples?.[k]?.sufficient ?? score !== null }]),
      ),
      // Anonymised: the text only, in no evaluator's order.
      comments: await rows<{ panel: string; comment: string }>(
        db,
        sql`select r.panel, a.comment from evaluation_answers a join evaluation_rounds r on r.id = a.round_id
            where r.campaign_id = ${setup.campaign.id} and r.period = ${p.period} and a.unit_id = ${unitId} and a.comment is not null
              and a.comment_released_at is not null and a.case_id is null
            order by r.panel, a.comment`,
      ),
    });
  }
  return { unit, periods };
}

/**
 * Releases an evaluator's comment to the unit it is about, or takes it back. A comment filed as a
 * case is never released: the unit hears of that case as a case, and must not be tipped off.
 */
export async function releaseComment(tx: Queryable, actor: Actor, setup: EvaluationSetup, answerId: number, release: boolean) {
  const [a] = await rows<{ id: string; comment: string | null; case_id: string | null }>(
    tx,
    sql`select a.id, a.comment, a.case_id from evaluation_answers a join evaluation_rounds r on r.id = a.round_id
        where a.id = ${answerId} and r.campaign_id = ${setup.campaign.id} for update of a`,
  );
  if (!a || !a.comment) throw notFound('No such comment');
  if (release && a.case_id) throw new AppError(409, 'comment_filed', 'This comment was filed as a case: it is not released to the unit', [{ path: 'release', message: 'the comment became a case' }]);
  await tx
    .update(evaluationAnswers)
    .set(release ? { commentReleasedAt: new Date(), commentReleasedBy: actor.userId } : { commentReleasedAt: null, commentReleasedBy: null })
    .where(eq(evaluationAnswers.id, answerId));
  await audit(tx, actor, { action: release ? 'evaluation.comment_release' : 'evaluation.comment_withhold', objectType: 'evaluation_answer', objectId: answerId });
}
