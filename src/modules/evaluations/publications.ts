import { and, desc, eq, sql } from 'drizzle-orm';
import { today } from '../../core/calendar/workdays.js';
import { rows, type Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { evaluationPublications, evaluationRounds } from './tables.js';
import { badRequest, notFound, problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import { problems } from './contract.js';
import { approvalRefusal, roundsStillOpen } from './rules.js';
import { periodResults } from './results.js';
import { type EvaluationSetup } from './setup.js';

/** Publications: frozen rankings approved by a leader for the portal, and what a liaison sees of its own unit. */

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
  const open = roundsStillOpen(rounds, today());
  if (open.length) {
    throw problem(problems, 'rounds_open', `A round of ${period} is still open (${open.map((r) => r.panel).join(', ')}): close it before its ranking is published`, {
      errors: [{ path: 'period', message: 'has rounds still open' }],
      extra: { openRounds: open.map((r) => r.id) },
    });
  }
}

/** A frozen copy of the period's ranking, waiting for a leader's approval; a new version each time. */
export async function createPublication(w: Write, setup: EvaluationSetup, period: string, note: string | undefined) {
  const { tx, actor } = w;
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
  await w.audit({ action: 'evaluation.publication_create', objectType: 'evaluation_publication', objectId: created.id, detail: { period, version: created.version } });
  return presentPublication({ ...created, created_by_name: actor.username });
}

export async function approvePublication(w: Write, setup: EvaluationSetup, id: number) {
  const { tx, actor } = w;
  const [p] = await tx
    .select()
    .from(evaluationPublications)
    .where(and(eq(evaluationPublications.id, id), eq(evaluationPublications.campaignId, setup.campaign.id)))
    .for('update');
  if (!p) throw notFound('No such publication');
  if (approvalRefusal(p)) throw problem(problems, 'already_approved', 'This version is already approved; a correction is a new version');
  await refuseWhileRoundsOpen(tx, setup, p.period);
  await tx.update(evaluationPublications).set({ status: 'approved', approvedBy: actor.userId, approvedAt: new Date() }).where(eq(evaluationPublications.id, id));
  await w.audit({ action: 'evaluation.publication_approve', objectType: 'evaluation_publication', objectId: id, detail: { period: p.period, version: p.version } });
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
