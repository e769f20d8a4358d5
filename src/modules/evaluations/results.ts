import { and, eq, sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../core/db/client.js';
import { evaluationAnswers, evaluationRounds } from './tables.js';
import { notFound, problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import type { AppContext } from '../../core/http/context.js';
import { problems } from './contract.js';
import { fileCase } from '../cases/intake.js';
import { OVERALL, previousPeriod, releaseRefusal } from './rules.js';
import { LEVELS, scoreRound, type EvaluationAnswer, type Level, type RankedUnit, type ScoringRules } from './scoring.js';
import { responseRate, roundCounts, unitNames, type RoundRow } from './rounds.js';
import { periodsWithRounds, type EvaluationSetup } from './setup.js';

/** Results: a period's scores and ranking, a unit's trend, and the evaluators' comments (filed as cases, released to units). */

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

/**
 * Turns a comment that reports misconduct into a case on the evaluation channel, once: the answer
 * is locked, and asking again answers with the case it became. Where the comment came from goes
 * into the case, never from whom.
 */
export async function commentToCase(
  w: Write,
  ctx: Pick<AppContext, 'config' | 'receiptHash' | 'secrets'>,
  setup: EvaluationSetup,
  answerId: number,
  b: { category: string; title?: string | undefined },
): Promise<{ created: boolean; caseId: number; code: string }> {
  const { tx } = w;
  const [a] = await rows<{ id: string; unit_id: number; comment: string | null; case_id: string | null; case_code: string | null; period: string; panel: string; round_id: number }>(
    tx,
    sql`select a.id, a.unit_id, a.comment, a.case_id, c.code as case_code, r.period, r.panel, r.id as round_id
        from evaluation_answers a join evaluation_rounds r on r.id = a.round_id left join cases c on c.id = a.case_id
        where a.id = ${answerId} and r.campaign_id = ${setup.campaign.id} for update of a`,
  );
  if (!a || !a.comment) throw notFound('No such comment');
  if (a.case_id && a.case_code) return { created: false, caseId: Number(a.case_id), code: a.case_code };
  const panelName = setup.panels.find((p) => p.code === a.panel)?.name ?? a.panel;
  const filed = await fileCase(tx, ctx, w.actor, {
    campaignId: setup.campaign.id,
    channel: 'evaluation',
    // Where it came from, never from whom.
    detail: { roundId: a.round_id, period: a.period, panel: a.panel },
    unitId: a.unit_id,
    category: b.category,
    title: b.title ?? `${panelName}（${a.period}）评议意见`,
    body: a.comment,
  });
  // A comment that became a case is never the unit's to read: any release is withdrawn.
  await tx.update(evaluationAnswers).set({ caseId: filed.id, commentReleasedAt: null, commentReleasedBy: null }).where(eq(evaluationAnswers.id, Number(a.id)));
  await w.audit({ action: 'evaluation.comment_to_case', objectType: 'evaluation_answer', objectId: a.id, detail: { caseId: filed.id } });
  return { created: true, caseId: filed.id, code: filed.code };
}

/**
 * Releases an evaluator's comment to the unit it is about, or takes it back. A comment filed as a
 * case is never released: the unit hears of that case as a case, and must not be tipped off.
 */
export async function releaseComment(w: Write, setup: EvaluationSetup, answerId: number, release: boolean): Promise<void> {
  const { tx, actor } = w;
  const [a] = await rows<{ id: string; comment: string | null; case_id: string | null }>(
    tx,
    sql`select a.id, a.comment, a.case_id from evaluation_answers a join evaluation_rounds r on r.id = a.round_id
        where a.id = ${answerId} and r.campaign_id = ${setup.campaign.id} for update of a`,
  );
  if (!a || !a.comment) throw notFound('No such comment');
  if (releaseRefusal({ filed: a.case_id !== null }, release)) throw problem(problems, 'comment_filed', 'This comment was filed as a case: it is not released to the unit', { errors: [{ path: 'release', message: 'the comment became a case' }] });
  await tx
    .update(evaluationAnswers)
    .set(release ? { commentReleasedAt: new Date(), commentReleasedBy: actor.userId } : { commentReleasedAt: null, commentReleasedBy: null })
    .where(eq(evaluationAnswers.id, answerId));
  await w.audit({ action: release ? 'evaluation.comment_release' : 'evaluation.comment_withhold', objectType: 'evaluation_answer', objectId: answerId });
}
