import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Write } from '../../core/http/change.js';
import type { Queryable } from '../../core/db/client.js';
import { escapeLike } from '../../core/db/like.js';
import { units, users } from '../../core/db/tables.js';
import { campaignUnits } from '../plan/tables.js';
import { unitVersions } from './tables.js';
import { UNIT_FIELD_MESSAGES, UNIT_REFUSALS } from './contract.js';
import { badRequest, conflict, notFound, problem } from '../../core/errors.js';
import { problems as coreProblems } from '../../core/contract.js';

export type UnitRow = typeof units.$inferSelect;

/** The active unit of a jurisdiction that a name or one of its aliases designates. */
export async function findUnitByName(db: Queryable, jurisdictionId: number, name: string): Promise<UnitRow | undefined> {
  const [u] = await db
    .select()
    .from(units)
    .where(and(eq(units.jurisdictionId, jurisdictionId), isNull(units.mergedIntoId), or(eq(units.name, name), sql`${name} = any(${units.aliases})`)))
    .orderBy(sql`${units.name} = ${name} desc`)
    .limit(1);
  return u;
}

/** A unit of the jurisdiction; a unit of another answers exactly as one that does not exist. */
export async function getUnit(db: Queryable, jurisdictionId: number, id: number): Promise<UnitRow> {
  const [u] = await db.select().from(units).where(and(eq(units.id, id), eq(units.jurisdictionId, jurisdictionId))).limit(1);
  if (!u) throw notFound('No such unit');
  return u;
}

async function recordVersion(db: Queryable, u: UnitRow, change: string, reason: string | null): Promise<void> {
  const now = new Date();
  await db.update(unitVersions).set({ validTo: now }).where(and(eq(unitVersions.unitId, u.id), isNull(unitVersions.validTo)));
  await db.insert(unitVersions).values({ unitId: u.id, name: u.name, parentId: u.parentId, aliases: u.aliases, validFrom: now, change, reason });
}

export type NewUnit = { jurisdictionId: number; name: string; kind: string; parentId: number | null; aliases: string[]; note: string | null };

/** Why a unit cannot take on anything new (a parent's place, a merge's survivor), or null if it can. */
function inactive(u: UnitRow): string | null {
  if (u.mergedIntoId !== null) return UNIT_FIELD_MESSAGES.merged;
  if (u.retiredAt !== null) return UNIT_FIELD_MESSAGES.retired;
  return null;
}

/** The parent a unit is placed under: a live unit of the jurisdiction, else a 400 naming `parentId`. */
async function liveParent(db: Queryable, jurisdictionId: number, parentId: number): Promise<UnitRow> {
  const parent = await getUnit(db, jurisdictionId, parentId).catch(() => {
    throw badRequest('Unknown unit', [{ path: 'parentId', message: `no unit with id ${parentId}` }]);
  });
  const why = inactive(parent);
  if (why) throw badRequest(`The parent unit ${why}`, [{ path: 'parentId', message: why }]);
  return parent;
}

export async function createUnit(w: Write, input: NewUnit): Promise<UnitRow> {
  const db = w.tx;
  if (await findUnitByName(db, input.jurisdictionId, input.name)) throw conflict('A unit with this name exists', [{ path: 'name', message: UNIT_FIELD_MESSAGES.taken }]);
  if (input.parentId !== null) await liveParent(db, input.jurisdictionId, input.parentId);
  const [created] = await db.insert(units).values(input).returning();
  if (!created) throw new Error('insert returned no row');
  await recordVersion(db, created, 'created', null);
  await w.audit({ action: 'unit.create', objectType: 'unit', objectId: created.id, detail: { name: created.name } });
  return created;
}

export type UnitPatch = { name?: string | undefined; aliases?: string[] | undefined; parentId?: number | null | undefined; kind?: string | undefined; note?: string | null | undefined; reason?: string | undefined };

/**
 * Renames, re-parents or re-labels a unit; the previous state stays in its history. With
 * `renameNeedsReason` (a person's change, not a plan's) a new name must come with its reason.
 */
export async function updateUnit(w: Write, jurisdictionId: number, id: number, patch: UnitPatch, opts: { renameNeedsReason?: boolean } = {}): Promise<UnitRow> {
  const db = w.tx;
  const current = await getUnit(db, jurisdictionId, id);
  if (current.mergedIntoId !== null) throw conflict(UNIT_REFUSALS.mergedCannotChange);
  if (current.retiredAt !== null) throw conflict(UNIT_REFUSALS.retiredCannotChange);
  if (patch.name && patch.name !== current.name) {
    if (opts.renameNeedsReason && !patch.reason) throw badRequest('A new name needs its reason', [{ path: 'reason', message: UNIT_FIELD_MESSAGES.reasonForRename }]);
    const other = await findUnitByName(db, jurisdictionId, patch.name);
    if (other && other.id !== id) throw conflict('A unit with this name exists', [{ path: 'name', message: UNIT_FIELD_MESSAGES.taken }]);
  }
  if (patch.parentId !== undefined && patch.parentId !== null && patch.parentId !== current.parentId) {
    await assertNoCycle(db, jurisdictionId, id, patch.parentId);
    await liveParent(db, jurisdictionId, patch.parentId);
  }
  const next = {
    name: patch.name ?? current.name,
    aliases: patch.aliases ?? current.aliases,
    parentId: patch.parentId !== undefined ? patch.parentId : current.parentId,
    kind: patch.kind ?? current.kind,
    note: patch.note !== undefined ? patch.note : current.note,
  };
  const changed =
    next.name !== current.name ||
    next.parentId !== current.parentId ||
    next.kind !== current.kind ||
    next.note !== current.note ||
    next.aliases.join('\u0000') !== current.aliases.join('\u0000');
  if (!changed) {
    w.noChange();
    return current;
  }
  const [updated] = await db.update(units).set({ ...next, updatedAt: new Date() }).where(eq(units.id, id)).returning();
  if (!updated) throw notFound('No such unit');
  const change = next.name !== current.name ? 'renamed' : next.parentId !== current.parentId ? 'reparented' : 'updated';
  await recordVersion(db, updated, change, patch.reason ?? null);
  await w.audit({ action: `unit.${change}`, objectType: 'unit', objectId: id, detail: { from: current.name, to: updated.name } });
  return updated;
}

async function assertNoCycle(db: Queryable, jurisdictionId: number, id: number, parentId: number): Promise<void> {
  let at: number | null = parentId;
  const seen = new Set<number>();
  while (at !== null) {
    if (at === id) throw badRequest('A unit cannot be placed under itself or one of its sub-units', [{ path: 'parentId', message: UNIT_FIELD_MESSAGES.cycle }]);
    if (seen.has(at)) return;
    seen.add(at);
    const parent: UnitRow = await getUnit(db, jurisdictionId, at).catch(() => {
      throw badRequest('Unknown unit', [{ path: 'parentId', message: `no unit with id ${parentId}` }]);
    });
    at = parent.parentId;
  }
}

/** Whether `id` sits somewhere below `ancestorId`. */
async function isBelow(db: Queryable, jurisdictionId: number, id: number, ancestorId: number): Promise<boolean> {
  const seen = new Set<number>();
  let at: number | null = (await getUnit(db, jurisdictionId, id)).parentId;
  while (at !== null && !seen.has(at)) {
    if (at === ancestorId) return true;
    seen.add(at);
    const [row] = await db.select({ parentId: units.parentId }).from(units).where(eq(units.id, at));
    at = row?.parentId ?? null;
  }
  return false;
}

/**
 * Merges a unit into another (e.g. two bureaus combined): the merged unit stays, with its history,
 * pointing at the survivor; its sub-units and its campaign memberships move to the survivor.
 * A survivor that sat below the merged unit takes the merged unit's place first.
 */
export async function mergeUnit(w: Write, jurisdictionId: number, id: number, intoId: number, reason: string): Promise<UnitRow> {
  const db = w.tx;
  if (id === intoId) throw badRequest('A unit cannot be merged into itself', [{ path: 'intoId', message: UNIT_FIELD_MESSAGES.sameUnit }]);
  const from = await getUnit(db, jurisdictionId, id);
  const into = await getUnit(db, jurisdictionId, intoId).catch(() => {
    throw badRequest('Unknown unit', [{ path: 'intoId', message: `no unit with id ${intoId}` }]);
  });
  if (from.mergedIntoId !== null) throw conflict(UNIT_REFUSALS.alreadyMerged);
  if (from.retiredAt !== null) throw conflict(UNIT_REFUSALS.retiredCannotMerge);
  const why = inactive(into);
  if (why) throw badRequest(`The unit to merge into ${why}`, [{ path: 'intoId', message: why }]);
  if (await isBelow(db, jurisdictionId, intoId, id)) {
    await db.update(units).set({ parentId: from.parentId, updatedAt: new Date() }).where(eq(units.id, intoId));
    await recordVersion(db, { ...into, parentId: from.parentId }, 'reparented', reason);
  }
  await db.update(units).set({ parentId: intoId, updatedAt: new Date() }).where(and(eq(units.parentId, id), ne(units.id, intoId)));
  await db.execute(sql`
    insert into campaign_units (campaign_id, unit_id, monitored, sort)
    select campaign_id, ${intoId}, monitored, sort from campaign_units where unit_id = ${id}
    on conflict (campaign_id, unit_id) do update set monitored = campaign_units.monitored or excluded.monitored`);
  await db.delete(campaignUnits).where(eq(campaignUnits.unitId, id));
  const [merged] = await db.update(units).set({ mergedIntoId: intoId, updatedAt: new Date() }).where(eq(units.id, id)).returning();
  if (!merged) throw notFound('No such unit');
  await recordVersion(db, merged, 'merged', reason);
  await w.audit({ action: 'unit.merge', objectType: 'unit', objectId: id, detail: { into: intoId, reason } });
  return merged;
}

/** The sub-units of a unit that still exist (neither merged away nor retired). */
async function liveSubUnits(db: Queryable, id: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(eq(units.parentId, id), isNull(units.mergedIntoId), isNull(units.retiredAt)));
  return row?.n ?? 0;
}

/**
 * Retires a unit that stopped existing without a successor: it keeps its name, history and
 * records, and is offered and accepted for nothing new. Its live sub-units must go first.
 */
export async function retireUnit(w: Write, jurisdictionId: number, id: number, reason: string): Promise<UnitRow> {
  const db = w.tx;
  const current = await getUnit(db, jurisdictionId, id);
  if (current.mergedIntoId !== null) throw conflict(UNIT_REFUSALS.mergedCannotRetire);
  if (current.retiredAt !== null) throw conflict(UNIT_REFUSALS.alreadyRetired);
  const subUnits = await liveSubUnits(db, id);
  if (subUnits > 0) {
    throw problem(coreProblems, 'conflict', `The unit has ${subUnits} sub-unit${subUnits === 1 ? '' : 's'} that are not retired: retire, move or merge them first`, { extra: { subUnits } });
  }
  const [retired] = await db.update(units).set({ retiredAt: new Date(), updatedAt: new Date() }).where(eq(units.id, id)).returning();
  if (!retired) throw notFound('No such unit');
  await recordVersion(db, retired, 'retired', reason);
  await w.audit({ action: 'unit.retired', objectType: 'unit', objectId: id, detail: { name: retired.name, reason } });
  return retired;
}

/** Brings a retired unit back, under a parent that exists. */
export async function restoreUnit(w: Write, jurisdictionId: number, id: number, reason: string | null): Promise<UnitRow> {
  const db = w.tx;
  const current = await getUnit(db, jurisdictionId, id);
  if (current.retiredAt === null) throw conflict(UNIT_REFUSALS.notRetired);
  if (current.parentId !== null) {
    const parent = await getUnit(db, jurisdictionId, current.parentId);
    if (inactive(parent)) throw problem(coreProblems, 'conflict', UNIT_REFUSALS.parentRetired, { extra: { parent: parent.name } });
  }
  const [restored] = await db.update(units).set({ retiredAt: null, updatedAt: new Date() }).where(eq(units.id, id)).returning();
  if (!restored) throw notFound('No such unit');
  await recordVersion(db, restored, 'restored', reason);
  await w.audit({ action: 'unit.restored', objectType: 'unit', objectId: id, detail: { name: restored.name, reason } });
  return restored;
}

export async function unitHistory(db: Queryable, jurisdictionId: number, id: number) {
  await getUnit(db, jurisdictionId, id);
  return db.select().from(unitVersions).where(eq(unitVersions.unitId, id)).orderBy(asc(unitVersions.id));
}

export type UnitFilter = { jurisdictionId: number; campaignId: number | null; monitored?: boolean; kind?: string; q?: string; includeMerged?: boolean; includeRetired?: boolean };

/** The registry, with each unit's monitoring status in the given campaign, in the plan's order. */
export async function listUnits(db: Queryable, f: UnitFilter) {
  const sort = sql`(select sort from campaign_units where campaign_id = ${f.campaignId ?? -1} and unit_id = ${units.id})`;
  const monitored = sql<boolean>`coalesce((select monitored from campaign_units where campaign_id = ${f.campaignId ?? -1} and unit_id = ${units.id}), false)`;
  const conditions = [
    eq(units.jurisdictionId, f.jurisdictionId),
    f.includeMerged ? undefined : isNull(units.mergedIntoId),
    f.includeRetired ? undefined : isNull(units.retiredAt),
    f.kind ? eq(units.kind, f.kind) : undefined,
    f.monitored === undefined ? undefined : sql`${monitored} = ${f.monitored}`,
    f.q
      ? or(
          sql`${units.name} ilike ${'%' + escapeLike(f.q) + '%'}`,
          sql`exists (select 1 from unnest(${units.aliases}) a where a ilike ${'%' + escapeLike(f.q) + '%'})`,
        )
      : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({ unit: units, monitored })
    .from(units)
    .where(and(...conditions))
    .orderBy(sql`${sort} asc nulls last`, asc(units.name));
}

export async function isMonitored(db: Queryable, campaignId: number, unitId: number): Promise<boolean> {
  const [row] = await db
    .select({ monitored: campaignUnits.monitored })
    .from(campaignUnits)
    .where(and(eq(campaignUnits.campaignId, campaignId), eq(campaignUnits.unitId, unitId)));
  return row?.monitored ?? false;
}

export async function unitLiaisons(db: Queryable, unitId: number) {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName, disabled: users.disabled })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.role, 'unit_liaison')))
    .orderBy(asc(users.username));
}

/**
 * Refuses an id that names no live unit of the campaign's jurisdiction (none of another, none
 * merged away or retired), with the path of the first such entry. The ids of `kept` (what the
 * record names already) pass even if their unit has gone since: a record keeps its old units.
 */
export async function checkUnits(db: Queryable, campaignId: number, ids: number[], path: string, kept: readonly number[] = []): Promise<void> {
  if (ids.length === 0) return;
  const registry = sql`(select jurisdiction_id from campaigns where id = ${campaignId})`;
  const found = new Map(
    (await db
      .select({ id: units.id, mergedIntoId: units.mergedIntoId, retiredAt: units.retiredAt })
      .from(units)
      .where(and(sql`${units.jurisdictionId} = ${registry}`, inArray(units.id, ids)))).map((u) => [u.id, u]),
  );
  const i = ids.findIndex((id) => !found.has(id));
  if (i >= 0) throw badRequest('Unknown unit', [{ path: `${path}[${i}]`, message: `no unit with id ${ids[i]}` }]);
  const gone = ids.findIndex((id) => {
    const u = found.get(id);
    return !kept.includes(id) && u !== undefined && (u.mergedIntoId !== null || u.retiredAt !== null);
  });
  if (gone >= 0) throw badRequest('The unit no longer exists', [{ path: `${path}[${gone}]`, message: `no active unit with id ${ids[gone]}` }]);
}
