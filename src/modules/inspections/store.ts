import { campaignSpan, daysOutsideCampaign, type CampaignRow } from '../../core/campaign.js';
import type { Plan } from '../plan/contract.js';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Queryable } from '../../core/db/client.js';
import { units, users } from '../../core/db/tables.js';
import { problemCategories } from '../plan/tables.js';
import { cases } from '../cases/tables.js';
import { inspectionFindings, inspectionRounds } from './tables.js';
import { problems as core } from '../../core/contract.js';
import { AppError, badRequest, forbidden, notFound, problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import type { AppContext, SessionUser } from '../../core/http/context.js';
import { fileCase } from '../cases/intake.js';
import { notify } from '../notifications/store.js';
import { checkUnits } from '../units/store.js';
import { problems, type createRoundBody, type findingBody, type patchRoundBody } from './contract.js';
import {
  allowedTransitions,
  channelOf,
  checkDays,
  fileRefusal,
  findingFieldRefusal,
  findingRefusal,
  mayBeMember,
  mayManage,
  mayRecord,
  maySeeRound,
  mayTransition,
  recordRefusal,
  roundEditRefusal,
  type FindingFieldRefusal,
  type FindingRefusal,
  type RoundKind,
  type RoundStatus,
} from './rules.js';

type ExternalMember = { name: string; affiliation: string };
type RoundRow = typeof inspectionRounds.$inferSelect;
type FindingRow = typeof inspectionFindings.$inferSelect;
const withdrawers = alias(users, 'withdrawers');
/** What the rules need to know of a round to say who may see it, record in it and change its findings. */
const accessOf = (r: RoundRow) => ({ memberIds: r.memberIds, status: r.status as RoundStatus });
const stateOf = (f: FindingRow) => ({ recordedBy: f.recordedBy, filed: f.caseId !== null, withdrawn: f.withdrawnAt !== null });
const who = (user: SessionUser) => ({ role: user.role, userId: user.id });

/** Inspector accounts by id, or the field to blame for one that is not an active inspector. */
async function checkMembers(db: Queryable, ids: number[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.select({ id: users.id, role: users.role, disabled: users.disabled }).from(users).where(inArray(users.id, ids));
  const ok = new Set(found.filter(mayBeMember).map((u) => u.id));
  const i = ids.findIndex((id) => !ok.has(id));
  if (i >= 0) throw badRequest('Not an inspector', [{ path: `${path}[${i}]`, message: 'is not an active inspector account' }]);
}

/**
 * The round when the user may see it; otherwise the same 404 as for a round that does not exist.
 * `share` keeps the round as read until the transaction ends: work that depends on its status or
 * members (recording or changing a finding) then cannot interleave with closing it or changing
 * its members.
 */
export async function visibleRound(db: Queryable, user: SessionUser, campaignId: number, id: number, lock?: 'share'): Promise<RoundRow> {
  const query = db.select().from(inspectionRounds).where(and(eq(inspectionRounds.id, id), eq(inspectionRounds.campaignId, campaignId)));
  const [round] = lock ? await query.for(lock) : await query;
  if (!round || !maySeeRound(who(user), round)) throw notFound('No such inspection round');
  return round;
}

export async function listRounds(db: Queryable, user: SessionUser, campaignId: number, q: { status?: RoundStatus | undefined; kind?: RoundKind | undefined }) {
  const found = await db
    .select()
    .from(inspectionRounds)
    .where(
      and(
        eq(inspectionRounds.campaignId, campaignId),
        q.status ? eq(inspectionRounds.status, q.status) : undefined,
        q.kind ? eq(inspectionRounds.kind, q.kind) : undefined,
      ),
    )
    .orderBy(desc(inspectionRounds.startsOn), desc(inspectionRounds.id));
  // An inspector's list holds its own rounds only, so neither the rows nor their number tell of others.
  const visible = found.filter((r) => maySeeRound(who(user), r));
  // How many findings each round has, and how many of them are filed: one pass over the findings.
  const counts = visible.length
    ? await db
        .select({ roundId: inspectionFindings.roundId, findings: sql<number>`count(*)::int`, filed: sql<number>`count(${inspectionFindings.caseId})::int` })
        .from(inspectionFindings)
        .where(and(inArray(inspectionFindings.roundId, visible.map((r) => r.id)), isNull(inspectionFindings.withdrawnAt)))
        .groupBy(inspectionFindings.roundId)
    : [];
  const countOf = new Map(counts.map((c) => [c.roundId, c]));
  return visible.map((r) => ({ ...summary(r), findingCount: countOf.get(r.id)?.findings ?? 0, filedCount: countOf.get(r.id)?.filed ?? 0 }));
}

const summary = (r: RoundRow) => ({
  id: r.id,
  kind: r.kind as RoundKind,
  title: r.title,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  status: r.status as RoundStatus,
  unitCount: r.unitIds.length,
  memberCount: r.memberIds.length + (r.externalMembers as ExternalMember[]).length,
});

export async function roundDetail(db: Queryable, user: SessionUser, campaignId: number, id: number) {
  const round = await visibleRound(db, user, campaignId, id);
  const unitRows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, round.unitIds.length ? round.unitIds : [0]));
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const memberRows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, round.memberIds.length ? round.memberIds : [0]));
  const memberName = new Map(memberRows.map((u) => [u.id, u.displayName]));
  const findingRows = await db
    .select({ f: inspectionFindings, unitName: units.name, recorder: users.displayName, withdrawer: withdrawers.displayName, caseCode: cases.code })
    .from(inspectionFindings)
    .innerJoin(units, eq(units.id, inspectionFindings.unitId))
    .leftJoin(users, eq(users.id, inspectionFindings.recordedBy))
    .leftJoin(withdrawers, eq(withdrawers.id, inspectionFindings.withdrawnBy))
    .leftJoin(cases, eq(cases.id, inspectionFindings.caseId))
    .where(eq(inspectionFindings.roundId, id))
    .orderBy(inspectionFindings.observedAt, inspectionFindings.id);
  const status = round.status as RoundStatus;
  const standing = findingRows.filter((r) => r.f.withdrawnAt === null);
  return {
    ...summary(round),
    findingCount: standing.length,
    filedCount: standing.filter((r) => r.f.caseId !== null).length,
    notes: round.notes,
    units: round.unitIds.map((u) => ({ id: u, name: unitName.get(u) ?? String(u) })),
    members: round.memberIds.map((m) => ({ id: m, displayName: memberName.get(m) ?? String(m) })),
    externalMembers: round.externalMembers as ExternalMember[],
    findings: findingRows.map((r) => ({
      id: r.f.id,
      unitId: r.f.unitId,
      unitName: r.unitName,
      category: r.f.category,
      title: r.f.title,
      description: r.f.description,
      observedAt: r.f.observedAt.toISOString(),
      recordedBy: r.f.recordedBy === null ? null : { id: r.f.recordedBy, displayName: r.recorder ?? String(r.f.recordedBy) },
      createdAt: r.f.createdAt.toISOString(),
      updatedAt: r.f.updatedAt?.toISOString() ?? null,
      caseId: r.f.caseId,
      caseCode: r.caseCode,
      withdrawn:
        r.f.withdrawnAt === null
          ? null
          : { at: r.f.withdrawnAt.toISOString(), by: r.withdrawer ?? (r.f.withdrawnBy === null ? null : String(r.f.withdrawnBy)), reason: r.f.withdrawReason ?? '' },
      mayChange: findingRefusal(who(user), accessOf(round), stateOf(r.f)) === null,
    })),
    allowedTransitions: mayManage(user) ? [...allowedTransitions(status)] : [],
    mayManage: mayManage(user),
    mayRecord: mayRecord(who(user), accessOf(round)),
  };
}

type RoundInput = z.output<typeof createRoundBody>;

/** What a round's members are told of (worded in notifications/contract.ts as inspection.<event>). */
type Notice = 'member' | 'started' | 'cancelled';
/** The status changes a round's members are told of. */
const NOTICE_OF: Partial<Record<RoundStatus, Notice>> = { in_progress: 'started', cancelled: 'cancelled' };

/**
 * Tells a round's inspectors in-app: that they were made members, that it started, that it was
 * called off. Only members hear of a round, so a covert visit stays covert. Start and call-off
 * happen once per round, and each member hears of them once; being made a member is told each
 * time it happens (the callers pass only those newly added), so a member taken off and put back
 * hears of it again.
 */
async function tellMembers(tx: Queryable, memberIds: readonly number[], event: Notice, roundId: number, title: string): Promise<void> {
  const once = event === 'member' ? {} : { dedupeKey: `inspection.${event}:${roundId}` };
  await notify(tx, [...memberIds], { kind: `inspection.${event}`, roundId, message: { key: `inspection.${event}`, params: { title } }, ...once });
}

export async function createRound(w: Write, campaign: CampaignRow, b: RoundInput): Promise<number> {
  const { tx, actor } = w;
  const campaignId = campaign.id;
  const wrongDays = checkDays(b.startsOn, b.endsOn);
  if (wrongDays) throw badRequest('The round would end before it starts', [wrongDays]);
  if (!(campaign.plan as Plan).measures.inspections?.[b.kind]) {
    throw badRequest('The campaign’s plan has no inspections of this kind', [{ path: 'kind', message: `${b.kind} inspections are not in the plan` }]);
  }
  const outside = daysOutsideCampaign(campaignSpan(campaign), [{ path: 'startsOn', day: b.startsOn }, { path: 'endsOn', day: b.endsOn }]);
  if (outside.length) throw badRequest('The round falls outside the campaign', outside);
  const unitIds = [...new Set(b.unitIds)];
  const memberIds = [...new Set(b.memberIds)];
  await checkUnits(tx, campaignId, unitIds, 'unitIds');
  await checkMembers(tx, memberIds, 'memberIds');
  const [created] = await tx
    .insert(inspectionRounds)
    .values({ campaignId, kind: b.kind, title: b.title, startsOn: b.startsOn, endsOn: b.endsOn, unitIds, memberIds, externalMembers: b.externalMembers, notes: b.notes || null, createdBy: actor.userId })
    .returning({ id: inspectionRounds.id });
  const id = created!.id;
  await tellMembers(tx, memberIds, 'member', id, b.title);
  await w.audit({ action: 'inspection.round_create', objectType: 'inspection_round', objectId: id, detail: { kind: b.kind, units: unitIds.length, members: memberIds.length } });
  return id;
}

export async function patchRound(w: Write, user: SessionUser, campaign: CampaignRow, id: number, b: z.output<typeof patchRoundBody>): Promise<void> {
  const { tx } = w;
  const campaignId = campaign.id;
  const round = await visibleRound(tx, user, campaignId, id);
  if (roundEditRefusal(round.status as RoundStatus)) throw problem(problems, 'round_closed', `The round is ${round.status}`);
  const startsOn = b.startsOn ?? round.startsOn;
  const endsOn = b.endsOn ?? round.endsOn;
  const wrongDays = checkDays(startsOn, endsOn);
  if (wrongDays) throw badRequest('The round would end before it starts', [wrongDays]);
  const outside = daysOutsideCampaign(campaignSpan(campaign), [
    ...(b.startsOn ? [{ path: 'startsOn', day: b.startsOn }] : []),
    ...(b.endsOn ? [{ path: 'endsOn', day: b.endsOn }] : []),
  ]);
  if (outside.length) throw badRequest('The round falls outside the campaign', outside);
  const unitIds = b.unitIds ? [...new Set(b.unitIds)] : round.unitIds;
  const memberIds = b.memberIds ? [...new Set(b.memberIds)] : round.memberIds;
  if (b.unitIds) await checkUnits(tx, campaignId, unitIds, 'unitIds', round.unitIds);
  if (b.memberIds) await checkMembers(tx, memberIds, 'memberIds');
  await tx
    .update(inspectionRounds)
    .set({
      title: b.title ?? round.title,
      startsOn,
      endsOn,
      unitIds,
      memberIds,
      externalMembers: b.externalMembers ?? round.externalMembers,
      notes: b.notes === undefined ? round.notes : b.notes || null,
      updatedAt: new Date(),
    })
    .where(eq(inspectionRounds.id, id));
  await tellMembers(tx, memberIds.filter((m) => !round.memberIds.includes(m)), 'member', id, b.title ?? round.title);
  await w.audit({ action: 'inspection.round_update', objectType: 'inspection_round', objectId: id, detail: { fields: Object.keys(b) } });
}

export async function transitionRound(w: Write, user: SessionUser, campaignId: number, id: number, to: RoundStatus): Promise<RoundStatus> {
  const { tx } = w;
  const round = await visibleRound(tx, user, campaignId, id);
  const from = round.status as RoundStatus;
  if (!mayTransition(from, to)) {
    const allowed = allowedTransitions(from);
    throw problem(core, 'illegal_transition', `A round that is ${from} cannot become ${to}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`, { extra: { roundStatus: from, allowed } });
  }
  // Only if no one else moved it meanwhile: two clicks make one change.
  const [moved] = await tx
    .update(inspectionRounds)
    .set({ status: to, updatedAt: new Date() })
    .where(and(eq(inspectionRounds.id, id), eq(inspectionRounds.status, from)))
    .returning({ id: inspectionRounds.id });
  if (!moved) throw problem(core, 'illegal_transition', 'The round changed meanwhile; reload it');
  const event = NOTICE_OF[to];
  if (event) await tellMembers(tx, round.memberIds, event, id, round.title);
  await w.audit({ action: 'inspection.round_status', objectType: 'inspection_round', objectId: id, detail: { from, to } });
  return to;
}

type FindingFields = z.output<typeof findingBody>;

/** A finding's unit among the round's, its category among the campaign's, and not seen in the future. */
async function checkFinding(tx: Queryable, round: RoundRow, b: Partial<FindingFields>): Promise<void> {
  const known =
    b.category === undefined ? [] : (await tx.select({ code: problemCategories.code }).from(problemCategories).where(eq(problemCategories.campaignId, round.campaignId))).map((c) => c.code);
  const refusal = findingFieldRefusal(round, b, known, Date.now());
  if (refusal) throw FIELD_REFUSALS[refusal](known);
}

const FIELD_REFUSALS: Record<FindingFieldRefusal, (known: readonly string[]) => AppError> = {
  unit_not_visited: () => badRequest('The round does not visit this unit', [{ path: 'unitId', message: 'must be one of the round’s units' }]),
  unknown_category: (known) => badRequest('Unknown problem category', [{ path: 'category', message: `must be one of ${known.join(', ')}` }]),
  observed_in_future: () => badRequest('A finding cannot be observed in the future', [{ path: 'observedAt', message: 'must not be in the future' }]),
};

const REFUSALS: Record<FindingRefusal, () => AppError> = {
  filed: () => problem(problems, 'finding_filed', 'The finding has been filed as a case; correct the case instead'),
  withdrawn: () => problem(problems, 'finding_withdrawn', 'The finding has been withdrawn'),
  round_finished: () => problem(problems, 'round_finished', 'The round has ended; its findings no longer change'),
  not_recorder: () => forbidden('Only the office and the member who recorded a finding change it'),
};

/** The finding, locked, with its round, when the user may change it; the same 404 as for none otherwise. */
async function changeableFinding(tx: Queryable, user: SessionUser, campaignId: number, findingId: number): Promise<{ finding: FindingRow; round: RoundRow }> {
  const [finding] = await tx.select().from(inspectionFindings).where(eq(inspectionFindings.id, findingId)).for('update');
  if (!finding) throw notFound('No such finding');
  // A round the user may not see hides its findings too: the same 404 as for none.
  const round = await visibleRound(tx, user, campaignId, finding.roundId, 'share').catch((err: unknown) => {
    throw err instanceof AppError && err.status === 404 ? notFound('No such finding') : err;
  });
  const refusal = findingRefusal(who(user), accessOf(round), stateOf(finding));
  if (refusal) throw REFUSALS[refusal]();
  return { finding, round };
}

/** Corrects a finding recorded by mistake; returns its round's id. */
export async function changeFinding(w: Write, user: SessionUser, campaignId: number, findingId: number, b: Partial<FindingFields>): Promise<number> {
  const { tx } = w;
  const { round } = await changeableFinding(tx, user, campaignId, findingId);
  await checkFinding(tx, round, b);
  await tx
    .update(inspectionFindings)
    .set({ ...b, observedAt: b.observedAt === undefined ? undefined : new Date(b.observedAt), updatedAt: new Date() })
    .where(eq(inspectionFindings.id, findingId));
  await w.audit({ action: 'inspection.finding_update', objectType: 'inspection_finding', objectId: findingId, detail: { roundId: round.id, fields: Object.keys(b) } });
  return round.id;
}

/** Withdraws a finding recorded by mistake, with the reason; it stays on the round, marked. Returns the round's id. */
export async function withdrawFinding(w: Write, user: SessionUser, campaignId: number, findingId: number, reason: string): Promise<number> {
  const { round } = await changeableFinding(w.tx, user, campaignId, findingId);
  await w.tx.update(inspectionFindings).set({ withdrawnAt: new Date(), withdrawnBy: user.id, withdrawReason: reason }).where(eq(inspectionFindings.id, findingId));
  await w.audit({ action: 'inspection.finding_withdraw', objectType: 'inspection_finding', objectId: findingId, detail: { roundId: round.id, reason } });
  return round.id;
}

export async function recordFinding(w: Write, user: SessionUser, campaignId: number, roundId: number, b: FindingFields): Promise<number> {
  const { tx } = w;
  const round = await visibleRound(tx, user, campaignId, roundId, 'share');
  const access = accessOf(round);
  const refusal = recordRefusal(who(user), access);
  if (refusal === 'round_not_in_progress') throw problem(problems, 'round_not_in_progress', `Findings are recorded while the round is in progress; it is ${access.status}`);
  if (refusal === 'not_member') throw forbidden('Only the office and the round’s members record findings');
  await checkFinding(tx, round, b);
  const observedAt = b.observedAt ? new Date(b.observedAt) : new Date();
  const [created] = await tx
    .insert(inspectionFindings)
    .values({ roundId, unitId: b.unitId, category: b.category, title: b.title, description: b.description, observedAt, recordedBy: user.id })
    .returning({ id: inspectionFindings.id });
  const id = created!.id;
  await w.audit({ action: 'inspection.finding_record', objectType: 'inspection_finding', objectId: id, detail: { roundId, unitId: b.unitId, category: b.category } });
  return id;
}

/**
 * Files a finding as a case on the round's channel (inspection or covert_visit), once: the
 * finding row is locked, and asking again answers with the case it was filed as (and changes
 * nothing, so leaves no audit row).
 */
export async function fileFinding(
  w: Write,
  ctx: Pick<AppContext, 'config' | 'receiptHash' | 'secrets'>,
  user: SessionUser,
  campaignId: number,
  findingId: number,
): Promise<{ caseId: number; code: string; created: boolean }> {
  const { tx } = w;
  const [finding] = await tx.select().from(inspectionFindings).where(eq(inspectionFindings.id, findingId)).for('update');
  if (!finding) throw notFound('No such finding');
  const round = await visibleRound(tx, user, campaignId, finding.roundId);
  if (finding.caseId !== null) {
    const [c] = await tx.select({ code: cases.code }).from(cases).where(eq(cases.id, finding.caseId));
    return { caseId: finding.caseId, code: c?.code ?? '', created: false };
  }
  if (fileRefusal(stateOf(finding))) throw REFUSALS.withdrawn();
  const filed = await fileCase(tx, ctx, w.actor, {
    campaignId: round.campaignId,
    channel: channelOf(round.kind as RoundKind),
    // Which round and finding, not the round's title: a unit that sees the case learns nothing of the round's other visits.
    detail: { roundId: round.id, findingId: finding.id },
    unitId: finding.unitId,
    category: finding.category,
    title: finding.title,
    body: finding.description,
    receivedAt: finding.observedAt,
  });
  await tx.update(inspectionFindings).set({ caseId: filed.id }).where(eq(inspectionFindings.id, findingId));
  await w.audit({ action: 'inspection.finding_file', objectType: 'inspection_finding', objectId: findingId, detail: { caseId: filed.id, code: filed.code } });
  return { caseId: filed.id, code: filed.code, created: true };
}

export async function listInspectors(db: Queryable) {
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(and(eq(users.role, 'inspector'), eq(users.disabled, false)))
    .orderBy(users.displayName);
}
