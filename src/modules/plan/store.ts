import { and, asc, eq, sql } from 'drizzle-orm';
import type { CampaignRow } from '../../core/campaign.js';
import type { Write } from '../../core/http/change.js';
import type { Queryable } from '../../core/db/client.js';
import { campaigns, jurisdictions, units, users } from '../../core/db/tables.js';
import { caseSequence } from '../../core/campaign.js';
import { campaignUnits, phases, problemCategories, projects } from './tables.js';
import { badRequest, notFound } from '../../core/errors.js';
import { isDataException } from '../../core/http/problem.js';
import { createUnit, findUnitByName, updateUnit } from '../units/store.js';
import type { Plan, PlanUnit } from './contract.js';

export type ImportSummary = { campaignId: number; created: boolean; current: boolean; unitsCreated: number };

/**
 * Loads a validated plan in one transaction (the caller's). Idempotent: importing the same file
 * again changes nothing. The campaign belongs to the jurisdiction its plan names (campaign.city);
 * units are matched by name or alias within that jurisdiction's registry only, so the same city's
 * next campaign reuses its units and another city never shares one.
 */
export async function importPlan(w: Write, plan: Plan, opts: { makeCurrent?: boolean } = {}): Promise<ImportSummary> {
  const tx = w.tx;
  const c = plan.campaign;
  const [existing] = await tx.select().from(campaigns).where(eq(campaigns.code, c.code)).limit(1);
  if (existing && existing.city !== c.city) {
    throw badRequest('A campaign cannot move to another jurisdiction', [{ path: 'campaign.city', message: `is ${existing.city} for the imported campaign ${c.code}` }]);
  }
  const jurisdictionId = existing?.jurisdictionId ?? (await jurisdictionNamed(tx, c.city));
  const casePrefix = await casePrefixFor(tx, c, existing?.id ?? null);
  const [anyCurrent] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.isCurrent, true)).limit(1);
  const makeCurrent = opts.makeCurrent === true || (!anyCurrent && !existing);
  if (makeCurrent) await tx.update(campaigns).set({ isCurrent: false }).where(eq(campaigns.isCurrent, true));
  const values = { code: c.code, name: c.name, city: c.city, jurisdictionId, year: c.year, casePrefix, plan };
  const [row] = await storing('campaign', () =>
    existing
      ? tx.update(campaigns).set({ ...values, ...(makeCurrent ? { isCurrent: true } : {}) }).where(eq(campaigns.id, existing.id)).returning()
      : tx.insert(campaigns).values({ ...values, isCurrent: makeCurrent }).returning(),
  );
  if (!row) throw new Error('campaign upsert returned no row');
  const campaignId = row.id;
  await tx.execute(sql.raw(`create sequence if not exists ${caseSequence(campaignId)}`));

  for (const [sort, pc] of plan.problemCategories.entries()) {
    await storing(`problemCategories[${sort}]`, () =>
      tx
        .insert(problemCategories)
        .values({ campaignId, ...pc, sort })
        .onConflictDoUpdate({ target: [problemCategories.campaignId, problemCategories.code], set: { name: pc.name, description: pc.description, sort } }),
    );
  }
  for (const [sort, p] of plan.phases.entries()) {
    const v = { name: p.name, startDate: p.start, endDate: p.end, description: p.description ?? null, sort };
    await storing(`phases[${sort}]`, () =>
      tx.insert(phases).values({ campaignId, code: p.code, ...v }).onConflictDoUpdate({ target: [phases.campaignId, phases.code], set: v }),
    );
  }

  const unitIds = new Map<string, number>();
  let unitsCreated = 0;
  const unitIndex = new Map(plan.units.map((u, i) => [u, i]));
  for (const u of parentsFirst(plan.units)) {
    const parentId = u.parent === undefined ? null : (unitIds.get(u.parent) ?? null);
    const id = await storing(`units[${unitIndex.get(u) ?? 0}]`, async () => {
      const found = await findUnitByName(tx, jurisdictionId, u.name);
      if (found) {
        const aliases = [...new Set([...found.aliases, ...u.aliases])];
        await updateUnit(w, jurisdictionId, found.id, { aliases, kind: u.kind, parentId, ...(u.note !== undefined ? { note: u.note } : {}) });
      } else unitsCreated++;
      return found?.id ?? (await createUnit(w, { jurisdictionId, name: u.name, kind: u.kind, parentId, aliases: u.aliases, note: u.note ?? null })).id;
    });
    for (const n of [u.name, ...u.aliases]) unitIds.set(n, id);
  }
  for (const [sort, u] of plan.units.entries()) {
    const unitId = unitIds.get(u.name) as number;
    await storing(`units[${sort}]`, () =>
      tx
        .insert(campaignUnits)
        .values({ campaignId, unitId, monitored: u.monitored, sort })
        .onConflictDoUpdate({ target: [campaignUnits.campaignId, campaignUnits.unitId], set: { monitored: u.monitored, sort } }),
    );
  }
  for (const [i, p] of plan.projects.entries()) {
    const unitId = p.unit === undefined ? null : (unitIds.get(p.unit) ?? null);
    await storing(`projects[${i}]`, () =>
      tx
        .insert(projects)
        .values({ campaignId, number: p.number, name: p.name, unitId })
        .onConflictDoUpdate({ target: [projects.campaignId, projects.number], set: { name: p.name, unitId } }),
    );
  }
  await w.audit({
    action: existing ? 'plan.reimport' : 'plan.import',
    objectType: 'campaign',
    objectId: campaignId,
    detail: { code: c.code, units: plan.units.length, unitsCreated, projects: plan.projects.length, current: makeCurrent },
  });
  return { campaignId, created: !existing, current: makeCurrent, unitsCreated };
}

/** The jurisdiction of that name, made on its first campaign. */
async function jurisdictionNamed(tx: Queryable, name: string): Promise<number> {
  await tx.insert(jurisdictions).values({ name }).onConflictDoNothing();
  const [j] = await tx.select({ id: jurisdictions.id }).from(jurisdictions).where(eq(jurisdictions.name, name));
  if (!j) throw new Error('jurisdiction upsert returned no row');
  return j.id;
}

/**
 * The prefix of the campaign's case numbers: the plan's, which no other campaign may have, or by
 * default ZF and the year, with a letter after it (ZF2011B) when another campaign of that year
 * has it, so that codes never collide across the installation.
 */
async function casePrefixFor(tx: Queryable, c: Plan['campaign'], campaignId: number | null): Promise<string> {
  const taken = new Set(
    (await tx.select({ id: campaigns.id, prefix: campaigns.casePrefix }).from(campaigns)).filter((r) => r.id !== campaignId).map((r) => r.prefix),
  );
  if (c.casePrefix !== undefined) {
    if (taken.has(c.casePrefix)) throw badRequest('Another campaign numbers its cases with this prefix', [{ path: 'campaign.casePrefix', message: `${c.casePrefix} is taken` }]);
    return c.casePrefix;
  }
  if (campaignId !== null) {
    const [own] = await tx.select({ prefix: campaigns.casePrefix }).from(campaigns).where(eq(campaigns.id, campaignId));
    if (own && own.prefix.startsWith(`ZF${c.year}`)) return own.prefix;
  }
  for (const suffix of ['', ...'BCDEFGHIJKLMNOPQRSTUVWXYZ']) if (!taken.has(`ZF${c.year}${suffix}`)) return `ZF${c.year}${suffix}`;
  throw badRequest('Every default case prefix of this year is taken', [{ path: 'campaign.casePrefix', message: 'must be given' }]);
}

/**
 * Stores one part of the plan. A value the validation let through but the database still refuses
 * (SQLSTATE class 22: out of range, malformed) is the plan's fault: a 400 naming that part, never a
 * 500 or a stack trace; the transaction is rolled back with it, so nothing is imported.
 */
async function storing<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!isDataException(err)) throw err;
    throw badRequest(`The database refused a value of ${path}; nothing was imported`, [
      { path, message: 'has a value the database refuses (out of range or malformed)' },
    ]);
  }
}

/** The plan's units ordered so that every parent comes before its children (the plan is validated acyclic). */
function parentsFirst(list: PlanUnit[]): PlanUnit[] {
  const byName = new Map<string, PlanUnit>();
  for (const u of list) for (const n of [u.name, ...u.aliases]) byName.set(n, u);
  const done = new Set<PlanUnit>();
  const out: PlanUnit[] = [];
  const visit = (u: PlanUnit) => {
    if (done.has(u)) return;
    done.add(u);
    const parent = u.parent === undefined ? undefined : byName.get(u.parent);
    if (parent) visit(parent);
    out.push(u);
  };
  list.forEach(visit);
  return out;
}

export type { CampaignRow } from '../../core/campaign.js';

/** The campaign named by code (the current one is the request's: req.campaign()). */
export async function getCampaign(db: Queryable, code: string): Promise<CampaignRow> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.code, code)).limit(1);
  if (!row) throw notFound(`No campaign "${code}"`);
  return row;
}


export async function setCurrentCampaign(w: Write, code: string): Promise<void> {
  const tx = w.tx;
  const target = await getCampaign(tx, code);
  await tx.update(campaigns).set({ isCurrent: false }).where(eq(campaigns.isCurrent, true));
  await tx.update(campaigns).set({ isCurrent: true }).where(eq(campaigns.id, target.id));
  await w.audit({ action: 'campaign.set_current', objectType: 'campaign', objectId: target.id, detail: { code } });
}

/** Remembers which campaign a user looks at (the caller checked they may). */
export async function setViewedCampaign(w: Write, userId: number, campaignId: number): Promise<void> {
  await w.tx.update(users).set({ viewingCampaignId: campaignId }).where(eq(users.id, userId));
  await w.audit({ action: 'campaign.view', objectType: 'campaign', objectId: campaignId });
}

export async function setCampaignClosed(w: Write, code: string, closed: boolean): Promise<void> {
  const target = await getCampaign(w.tx, code);
  if (target.closed === closed) return w.noChange();
  await w.tx.update(campaigns).set({ closed }).where(eq(campaigns.id, target.id));
  await w.audit({ action: closed ? 'campaign.close' : 'campaign.reopen', objectType: 'campaign', objectId: target.id, detail: { code } });
}

export async function campaignDetail(db: Queryable, campaign: CampaignRow) {
  const cats = await db.select().from(problemCategories).where(eq(problemCategories.campaignId, campaign.id)).orderBy(asc(problemCategories.sort));
  const ph = await db.select().from(phases).where(eq(phases.campaignId, campaign.id)).orderBy(asc(phases.sort));
  const byKind = await db
    .select({ kind: units.kind, n: sql<number>`count(*)::int` })
    .from(campaignUnits)
    .innerJoin(units, eq(units.id, campaignUnits.unitId))
    .where(and(eq(campaignUnits.campaignId, campaign.id), eq(campaignUnits.monitored, true)))
    .groupBy(units.kind);
  const [unitCount] = await db.select({ n: sql<number>`count(*)::int` }).from(campaignUnits).where(eq(campaignUnits.campaignId, campaign.id));
  const [projectCount] = await db.select({ n: sql<number>`count(*)::int` }).from(projects).where(eq(projects.campaignId, campaign.id));
  return { categories: cats, phases: ph, byKind, units: unitCount?.n ?? 0, projects: projectCount?.n ?? 0 };
}

export async function listProjects(db: Queryable, campaignId: number) {
  return db.select().from(projects).where(eq(projects.campaignId, campaignId)).orderBy(asc(projects.number));
}
