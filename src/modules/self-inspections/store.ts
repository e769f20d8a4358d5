import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../../core/auth/scope.js';
import { chinaDay, today } from '../../core/calendar/days.js';
import { campaignSpan, daysOutsideCampaign, type CampaignRow } from '../../core/campaign.js';
import type { Queryable } from '../../core/db/client.js';
import { units, users } from '../../core/db/tables.js';
import { badRequest, notFound, problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import type { AppContext, SessionUser } from '../../core/http/context.js';
import { fileCase } from '../cases/intake.js';
import { cases } from '../cases/tables.js';
import { liaisonsOnly, notify, officeUsers } from '../notifications/store.js';
import { campaignUnits, problemCategories } from '../plan/tables.js';
import { checkUnits } from '../units/store.js';
import {
  problems,
  reportContent,
  type Report,
  type ReportContent,
  type ReportKind,
  type ReportStatus,
  type ReportVersion,
  type RequestDetail,
  type RequestIn,
  type RequestSummary,
  type ReviewDecision,
  type ReviewIn,
} from './contract.js';
import { contentProblems, EDITABLE, isLate, itemKeys, mayManage, rectificationCounts, rectificationState, reviewProblems, statusAfter } from './rules.js';
import { selfInspectionCases as filed, selfInspectionReports as reports, selfInspectionRequests as requests, selfInspectionVersions as versions } from './tables.js';

type RequestRow = typeof requests.$inferSelect;
type ReportRow = typeof reports.$inferSelect;
type VersionRow = typeof versions.$inferSelect;

const EMPTY: ReportContent = { rectifications: [], institutions: [], trainings: [], summary: '' };

/** The units a reader reaches: every unit for the office and leaders (null), a liaison its own and those below it. */
async function reach(db: Queryable, user: SessionUser): Promise<Set<number> | null> {
  if (user.role !== 'unit_liaison') return null;
  return user.unitId === null ? new Set() : unitAndDescendants(db, user.unitId);
}

const submittedDay = (r: Pick<ReportRow, 'firstSubmittedAt'>) => (r.firstSubmittedAt ? chinaDay(r.firstSubmittedAt) : null);
const contentOf = (r: { content: unknown }): ReportContent => reportContent.parse(r.content);

function presentRequest(r: RequestRow) {
  return { id: r.id, kind: r.kind as ReportKind, title: r.title, dueDate: r.dueDate, instructions: r.instructions, createdAt: r.createdAt.toISOString() };
}

/** What each report last submitted (the office reads that, never a draft), by report id. */
export async function submittedContents(db: Queryable, ids: number[]): Promise<Map<number, ReportContent>> {
  if (ids.length === 0) return new Map();
  const found = await db
    .selectDistinctOn([versions.reportId], { reportId: versions.reportId, content: versions.content })
    .from(versions)
    .where(inArray(versions.reportId, ids))
    .orderBy(versions.reportId, sql`${versions.version} desc`);
  return new Map(found.map((v) => [v.reportId, contentOf(v)]));
}

function presentRow(r: ReportRow, unitName: string, dueDate: string, day: string, submitted: ReportContent) {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName,
    status: r.status as ReportStatus,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    late: isLate(dueDate, submittedDay(r), day),
    rectifications: rectificationCounts(submitted, day),
  };
}

/** The campaign's requests, newest first, each with the progress of the reports this reader may see. */
export async function listRequests(db: Queryable, user: SessionUser, campaignId: number): Promise<RequestSummary[]> {
  const reachable = await reach(db, user);
  const day = today();
  const found = await db
    .select({ q: requests, status: reports.status, dueDate: requests.dueDate, firstSubmittedAt: reports.firstSubmittedAt, unitId: reports.unitId })
    .from(requests)
    .innerJoin(reports, eq(reports.requestId, requests.id))
    .where(and(eq(requests.campaignId, campaignId), reachable ? inArray(reports.unitId, [...reachable, 0]) : undefined))
    .orderBy(sql`${requests.id} desc`);
  const byRequest = new Map<number, RequestSummary>();
  for (const row of found) {
    let summary = byRequest.get(row.q.id);
    if (!summary) {
      summary = { ...presentRequest(row.q), progress: { total: 0, byStatus: {}, late: 0 } };
      byRequest.set(row.q.id, summary);
    }
    summary.progress.total++;
    summary.progress.byStatus[row.status] = (summary.progress.byStatus[row.status] ?? 0) + 1;
    if (isLate(row.dueDate, submittedDay(row), day)) summary.progress.late++;
  }
  return [...byRequest.values()];
}

/** Asks units for a report by a due day within the campaign: one open report per unit (by default every monitored unit). */
export async function createRequest(w: Write, campaign: CampaignRow, body: RequestIn): Promise<number> {
  const outside = daysOutsideCampaign(campaignSpan(campaign), [{ path: 'dueDate', day: body.dueDate }]);
  if (outside.length) throw badRequest('The due day falls outside the campaign', outside);
  let unitIds = body.unitIds ? [...new Set(body.unitIds)] : [];
  if (body.unitIds) await checkUnits(w.tx, campaign.id, unitIds, 'unitIds');
  else {
    const monitored = await w.tx
      .select({ id: campaignUnits.unitId })
      .from(campaignUnits)
      .innerJoin(units, eq(units.id, campaignUnits.unitId))
      .where(and(eq(campaignUnits.campaignId, campaign.id), eq(campaignUnits.monitored, true), sql`${units.mergedIntoId} is null and ${units.retiredAt} is null`))
      .orderBy(asc(campaignUnits.sort));
    unitIds = monitored.map((u) => u.id);
    if (unitIds.length === 0) throw badRequest('The campaign monitors no units', [{ path: 'unitIds', message: 'is required: the campaign has no monitored units' }]);
  }
  const [created] = await w.tx
    .insert(requests)
    .values({ campaignId: campaign.id, kind: body.kind, title: body.title, dueDate: body.dueDate, instructions: body.instructions ?? null, createdBy: w.actor.userId })
    .returning({ id: requests.id });
  if (!created) throw new Error('request not created');
  const made = await w.tx.insert(reports).values(unitIds.map((unitId) => ({ requestId: created.id, unitId, content: EMPTY }))).returning({ id: reports.id, unitId: reports.unitId });
  for (const r of made) {
    await notify(w.tx, await liaisonsOnly(w.tx, r.unitId), { kind: 'self_inspection', campaignId: campaign.id, message: { key: 'self_inspection.asked', params: { title: body.title, dueDate: body.dueDate, reportId: r.id } } });
  }
  await w.audit({ action: 'self_inspection.request_create', objectType: 'self_inspection_request', objectId: created.id, detail: { kind: body.kind, dueDate: body.dueDate, units: unitIds.length } });
  return created.id;
}

/** A request with the reports this reader may see; the same 404 as for none when it asks none of them. */
export async function requestDetail(db: Queryable, user: SessionUser, campaignId: number, id: number): Promise<RequestDetail> {
  const [request] = await db.select().from(requests).where(and(eq(requests.id, id), eq(requests.campaignId, campaignId)));
  if (!request) throw notFound('No such request');
  const reachable = await reach(db, user);
  const rows = await db
    .select({ r: reports, unitName: units.name })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(eq(reports.requestId, id), reachable ? inArray(reports.unitId, [...reachable, 0]) : undefined))
    .orderBy(asc(units.name));
  if (reachable && rows.length === 0) throw notFound('No such request');
  const day = today();
  const submitted = await submittedContents(db, rows.map(({ r }) => r.id));
  const items = rows.map(({ r, unitName }) => presentRow(r, unitName, request.dueDate, day, submitted.get(r.id) ?? EMPTY));
  const byStatus: Record<string, number> = {};
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
  return { ...presentRequest(request), progress: { total: items.length, byStatus, late: items.filter((i) => i.late).length }, reports: items };
}

type Found = { report: ReportRow; request: RequestRow; unitName: string };

/** A report of the campaign within the reader's reach; otherwise the same 404 as for none. `lock` holds it until the transaction ends. */
async function findReport(db: Queryable, user: SessionUser, campaignId: number, id: number, lock = false): Promise<Found> {
  const q = db
    .select({ report: reports, request: requests, unitName: units.name })
    .from(reports)
    .innerJoin(requests, eq(requests.id, reports.requestId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(eq(reports.id, id), eq(requests.campaignId, campaignId)));
  const [found] = lock ? await q.for('update', { of: reports }) : await q;
  const reachable = await reach(db, user);
  if (!found || (reachable && !reachable.has(found.report.unitId))) throw notFound('No such report');
  return found;
}

/** Only the liaison of the report's own unit writes it (a parent unit's liaison reads its sub-units' reports). */
const mayWrite = (user: SessionUser, r: ReportRow) => user.role === 'unit_liaison' && user.unitId === r.unitId;

async function names(db: Queryable, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((v): v is number => v !== null))];
  if (wanted.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(found.map((u) => [u.id, u.name]));
}

function presentReview(v: VersionRow, who: Map<number, string>) {
  if (!v.decision || !v.reviewedAt) return null;
  return {
    decision: v.decision as ReviewDecision,
    comment: v.comment,
    itemComments: (v.itemComments ?? {}) as Record<string, string>,
    score: v.score,
    reviewedBy: v.reviewedBy ? (who.get(v.reviewedBy) ?? null) : null,
    reviewedAt: v.reviewedAt.toISOString(),
  };
}

export async function reportDetail(db: Queryable, user: SessionUser, campaignId: number, id: number): Promise<Report> {
  const { report, request, unitName } = await findReport(db, user, campaignId, id);
  const history = await db.select().from(versions).where(eq(versions.reportId, id)).orderBy(asc(versions.version));
  const who = await names(db, history.flatMap((v) => [v.submittedBy, v.reviewedBy]));
  const day = today();
  const last = history.at(-1);
  const submitted = last ? contentOf(last) : EMPTY;
  // The unit's own liaison works on the draft; everyone else reads what was last submitted.
  const content = mayWrite(user, report) ? contentOf(report) : submitted;
  // Which rectifications became cases is the office's business, not the unit's.
  const asCases = user.role === 'unit_liaison' ? [] : await db.select({ key: filed.itemKey, caseId: filed.caseId, code: cases.code }).from(filed).innerJoin(cases, eq(cases.id, filed.caseId)).where(eq(filed.reportId, id));
  return {
    ...presentRow(report, unitName, request.dueDate, day, submitted),
    request: presentRequest(request),
    content,
    revision: report.revision,
    states: Object.fromEntries(content.rectifications.map((item) => [item.key, rectificationState(item, day)])),
    lastReview: last ? presentReview(last, who) : null,
    versions: history.map((v) => ({ version: v.version, submittedAt: v.submittedAt.toISOString(), submittedBy: v.submittedBy ? (who.get(v.submittedBy) ?? null) : null })),
    filedCases: Object.fromEntries(asCases.map((c) => [c.key, { caseId: c.caseId, code: c.code }])),
    canEdit: mayWrite(user, report) && EDITABLE.includes(report.status as ReportStatus),
    canReview: mayManage(user.role) && report.status === 'submitted',
  };
}

/** The revision the page started from must be the current one: a save over someone else's is refused. */
function checkRevision(report: ReportRow, revision: number): void {
  if (report.revision !== revision) throw problem(problems, 'report_changed', `The report is at revision ${report.revision}, not ${revision}`);
}

function checkEditable(user: SessionUser, report: ReportRow): void {
  if (!mayWrite(user, report)) throw notFound('No such report');
  if (!EDITABLE.includes(report.status as ReportStatus)) throw problem(problems, 'report_not_editable', `The report is ${report.status}`);
}

/** Saves the unit's draft (not audited: a working copy, saved as it is typed; what is submitted is). */
export async function saveDraft(w: Write, user: SessionUser, campaignId: number, id: number, body: { content: ReportContent; revision: number }): Promise<void> {
  const { report } = await findReport(w.tx, user, campaignId, id, true);
  checkEditable(user, report);
  checkRevision(report, body.revision);
  await w.tx.update(reports).set({ content: body.content, revision: report.revision + 1, updatedAt: new Date(), updatedBy: user.id }).where(eq(reports.id, id));
}

/** Submits the working copy as the next version, once its content holds; the office is then to review it. */
export async function submitReport(w: Write, user: SessionUser, campaign: CampaignRow, id: number, revision: number): Promise<void> {
  const { report, request } = await findReport(w.tx, user, campaign.id, id, true);
  checkEditable(user, report);
  checkRevision(report, revision);
  const content = contentOf(report);
  const categories = new Set((await w.tx.select({ code: problemCategories.code }).from(problemCategories).where(eq(problemCategories.campaignId, campaign.id))).map((c) => c.code));
  const errors = contentProblems(content, categories, campaignSpan(campaign), today());
  if (errors.length) throw badRequest('The report cannot be submitted as it is', errors);
  const [{ next } = { next: 1 }] = await w.tx.select({ next: sql<number>`coalesce(max(${versions.version}), 0) + 1` }).from(versions).where(eq(versions.reportId, id));
  const now = new Date();
  await w.tx.insert(versions).values({ reportId: id, version: Number(next), content, submittedAt: now, submittedBy: user.id });
  await w.tx
    .update(reports)
    .set({ status: 'submitted', submittedAt: now, firstSubmittedAt: report.firstSubmittedAt ?? now, revision: report.revision + 1, updatedAt: now, updatedBy: user.id })
    .where(eq(reports.id, id));
  const [unit] = await w.tx.select({ name: units.name }).from(units).where(eq(units.id, report.unitId));
  await notify(w.tx, await officeUsers(w.tx), { kind: 'self_inspection', campaignId: campaign.id, message: { key: 'self_inspection.submitted', params: { unit: unit?.name ?? '', title: request.title, reportId: id } } });
  await w.audit({ action: 'self_inspection.submit', objectType: 'self_inspection_report', objectId: id, detail: { version: Number(next), rectifications: content.rectifications.length } });
}

/** The office's review of the submitted version: accepted, returned to correct (with comments, per item too) or, for a summary, failed. */
export async function reviewReport(w: Write, user: SessionUser, campaignId: number, id: number, body: ReviewIn): Promise<void> {
  const { report, request } = await findReport(w.tx, user, campaignId, id, true);
  if (report.status !== 'submitted') throw problem(problems, 'report_not_submitted', `The report is ${report.status}`);
  const errors = reviewProblems(request.kind as ReportKind, body, itemKeys(contentOf(report)));
  if (errors.length) throw badRequest('The review cannot be recorded as it is', errors);
  const [last] = await w.tx.select().from(versions).where(eq(versions.reportId, id)).orderBy(sql`${versions.version} desc`).limit(1);
  if (!last) throw new Error('a submitted report without a version');
  const now = new Date();
  await w.tx
    .update(versions)
    .set({ decision: body.decision, comment: body.comment ?? null, itemComments: body.itemComments ?? {}, score: body.score ?? null, reviewedAt: now, reviewedBy: user.id })
    .where(eq(versions.id, last.id));
  await w.tx.update(reports).set({ status: statusAfter[body.decision], revision: report.revision + 1, updatedAt: now, updatedBy: user.id }).where(eq(reports.id, id));
  const verdict = { accept: 'self_inspection.accepted', return: 'self_inspection.returned', fail: 'self_inspection.failed' } as const;
  await notify(w.tx, await liaisonsOnly(w.tx, report.unitId), { kind: 'self_inspection', campaignId, message: { key: verdict[body.decision], params: { title: request.title, reportId: id } } });
  await w.audit({
    action: 'self_inspection.review',
    objectType: 'self_inspection_report',
    objectId: id,
    detail: { version: last.version, decision: body.decision, ...(body.score !== undefined ? { score: body.score } : {}), itemComments: Object.keys(body.itemComments ?? {}).length },
  });
}

export async function reportVersion(db: Queryable, user: SessionUser, campaignId: number, id: number, version: number): Promise<ReportVersion> {
  await findReport(db, user, campaignId, id);
  const [v] = await db.select().from(versions).where(and(eq(versions.reportId, id), eq(versions.version, version)));
  if (!v) throw notFound('No such version');
  const who = await names(db, [v.submittedBy, v.reviewedBy]);
  return { version: v.version, submittedAt: v.submittedAt.toISOString(), submittedBy: v.submittedBy ? (who.get(v.submittedBy) ?? null) : null, content: contentOf(v), review: presentReview(v, who) };
}

/**
 * Files a rectification the unit did not carry out as a case against the unit, through the intake
 * (channel self_inspection), once: asking again answers with that case. Only what the unit
 * submitted can be filed, and not what it reports done.
 */
export async function fileRectification(
  w: Write,
  ctx: Pick<AppContext, 'config' | 'receiptHash' | 'secrets'>,
  user: SessionUser,
  campaignId: number,
  id: number,
  key: string,
): Promise<{ caseId: number; code: string; created: boolean }> {
  const { report } = await findReport(w.tx, user, campaignId, id, true);
  const [already] = await w.tx.select({ caseId: filed.caseId, code: cases.code }).from(filed).innerJoin(cases, eq(cases.id, filed.caseId)).where(and(eq(filed.reportId, id), eq(filed.itemKey, key)));
  if (already) return { ...already, created: false };
  const [last] = await w.tx.select().from(versions).where(eq(versions.reportId, id)).orderBy(sql`${versions.version} desc`).limit(1);
  const item = last ? contentOf(last).rectifications.find((r) => r.key === key) : undefined;
  if (!item) {
    if (contentOf(report).rectifications.some((r) => r.key === key)) throw problem(problems, 'rectification_not_submitted', 'The unit has not submitted this rectification');
    throw notFound('No such rectification');
  }
  if (item.status === 'done') throw problem(problems, 'rectification_done', 'This rectification is done');
  const lines = [item.description, `整改措施：${item.measure}`, `责任人：${item.responsible}`, `整改期限：${item.deadline}`];
  const created = await fileCase(w.tx, ctx, w.actor, {
    campaignId,
    channel: 'self_inspection',
    detail: { reportId: id, item: key },
    unitId: report.unitId,
    category: item.category,
    title: item.description.length > 190 ? `${item.description.slice(0, 189)}…` : item.description,
    body: lines.join('\n'),
  });
  await w.tx.insert(filed).values({ reportId: id, itemKey: key, caseId: created.id });
  await w.audit({ action: 'self_inspection.rectification_file', objectType: 'self_inspection_report', objectId: id, detail: { item: key, caseId: created.id, code: created.code } });
  return { caseId: created.id, code: created.code, created: true };
}
