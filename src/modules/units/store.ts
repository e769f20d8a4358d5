import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Write } from '../../core/http/change.js';
import type { Queryable } from '../../core/db/client.js';
import { escapeLike } from '../../core/db/like.js';
import { units, users } from '../../core/db/tables.js';
import { campaignUnits } from '../plan/tables.js';
import { unitVersions } from './tables.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';

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

export async function createUnit(w: Write, input: NewUnit): Promise<UnitRow> {
  const db = w.tx;
  if (await findUnitByName(db, input.jurisdictionId, input.name)) throw conflict('A unit with this name exists', [{ path: 'name', message: 'is already used' }]);
  if (input.parentId !== null) await getUnit(db, input.jurisdictionId, input.parentId).catch(() => {
    throw badRequest('Unknown unit', [{ path: 'parentId', message: `no unit with id ${input.parentId}` }]);
  });
  const [created] = await db.insert(units).values(input).returning();
  if (!created) throw new Error('insert returned no row');
  await recordVersion(db, created, 'created', null);
  await w.audit({ action: 'unit.create', objectType: 'unit', objectId: created.id, detail: { name: created.name } });
  return created;
}

export type UnitPatch = { name?: string; aliases?: string[]; parentId?: number | null; kind?: string; note?: string | null; reason?: string };

/** Renames, re-parents or re-labels a unit; the previous state stays in its history. */
export async function updateUnit(w: Write, jurisdictionId: number, id: number, patch: UnitPatch): Promise<UnitRow> {
  const db = w.tx;
  const current = await getUnit(db, jurisdictionId, id);
  if (current.mergedIntoId !== null) throw conflict('This unit was merged into another and cannot change');
  if (patch.name && patch.name !== current.name) {
    const other = await findUnitByName(db, jurisdictionId, patch.name);
    if (other && other.id !== id) throw conflict('A unit with this name exists', [{ path: 'name', message: 'is already used' }]);
  }
  if (patch.parentId !== undefined && patch.parentId !== null) await assertNoCycle(db, jurisdictionId, id, patch.parentId);
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
  if (!changed) return current;
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
    if (at === id) throw badRequest('A unit cannot be placed under itself', [{ path: 'parentId', message: 'would make a cycle' }]);
    if (seen.has(at)) return;
    seen.add(at);
    const parent: UnitRow = await getUnit(db, jurisdictionId, at).catch(() => {
      throw badRequest('Unknown unit', [{ path: 'parentId', message: `no unit with id ${parentId}` }]);
    });
    at = parent.parentId;
  }
}

/**
 * Merges a unit into another (e.g. two bureaus combined): the merged unit stays, with its history,
 * pointing at the survivor; its sub-units and its campaign memberships move to the survivor.
 */
export async function mergeUnit(w: Write, jurisdictionId: number, id: number, intoId: number, reason: string): Promise<UnitRow> {
  const db = w.tx;
  if (id === intoId) throw badRequest('A unit cannot be merged into itself', [{ path: 'intoId', message: 'is the same unit' }]);
  const from = await getUnit(db, jurisdictionId, id);
  const into = await getUnit(db, jurisdictionId, intoId).catch(() => {
    throw badRequest('Unknown unit', [{ path: 'intoId', message: `no unit with id ${intoId}` }]);
  });
  if (from.mergedIntoId !== null || into.mergedIntoId !== null) throw conflict('One of the units was already merged');
  await db.update(units).set({ parentId: intoId, updatedAt: new Date() }).where(eq(units.parentId, id));
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

export async function unitHistory(db: Queryable, jurisdictionId: number, id: number) {
  await getUnit(db, jurisdictionId, id);
  return db.select().from(unitVersions).where(eq(unitVersions.unitId, id)).orderBy(asc(unitVersions.id));
}

export type UnitFilter = { jurisdictionId: number; campaignId: number | null; monitored?: boolean; kind?: string; q?: string; includeMerged?: boolean };

/** The registry, with each unit's monitoring status in the given campaign, in the plan's order. */
export async function listUnits(db: Queryable, f: UnitFilter) {
  const sort = sql`(select sort from campaign_units where campaign_id = ${f.campaignId ?? -1} and unit_id = ${units.id})`;
  const monitored = sql<boolean>`coalesce((select monitored from campaign_units where campaign_id = ${f.campaignId ?? -1} and unit_id = ${units.id}), false)`;
  const conditions = [
    eq(units.jurisdictionId, f.jurisdictionId),
    f.includeMerged ? undefined : isNull(units.mergedIntoId),
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

/** Refuses an id that names no unit of the campaign's jurisdiction, with the path of the first such entry. */
export async function checkUnits(db: Queryable, campaignId: number, ids: number[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const registry = sql`(select jurisdiction_id from campaigns where id = ${campaignId})`;
  const found = new Set((await db.select({ id: units.id }).from(units).where(and(sql`${units.jurisdictionId} = ${registry}`, inArray(units.id, ids)))).map((u) => u.id));
  const i = ids.findIndex((id) => !found.has(id));
  if (i >= 0) throw badRequest('Unknown unit', [{ path: `${path}[${i}]`, message: `no unit with id ${ids[i]}` }]);
}
