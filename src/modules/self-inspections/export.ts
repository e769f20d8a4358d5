import ExcelJS from 'exceljs';
import { asc, eq, inArray } from 'drizzle-orm';
import { today } from '../../core/calendar/days.js';
import type { Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { units as unitsEn } from '../../web/i18n/en/units.js';
import { units as unitsZh } from '../../web/i18n/zh-CN/units.js';
import type { SessionUser } from '../../core/http/context.js';
import { problemCategories } from '../plan/tables.js';
import { WORKBOOK_WORDS, type ReportStatus } from './contract.js';
import { rectificationCounts, rectificationState } from './rules.js';
import { requestDetail, submittedContents } from './store.js';
import { selfInspectionReports as reports } from './tables.js';

export type ExportLanguage = 'zh-CN' | 'en';

const UNIT_KINDS = { 'zh-CN': unitsZh.kinds, en: unitsEn.kinds } as const;
const DATE_TIME = 'yyyy-mm-dd hh:mm';
const DATE = 'yyyy-mm-dd';
/** An instant as Excel keeps it: a date without a zone, read as China Standard Time. */
const inChina = (at: Date) => new Date(at.getTime() + 8 * 3600_000);
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * A request's progress as a workbook for the office and leaders: each unit's report (status, late,
 * rectifications by state, institutions and trainings), every submitted rectification, and the
 * rectifications by problem category; in the reader's language, times as Excel dates (China
 * Standard Time). Only what units submitted, never a draft; a liaison's export holds its own units.
 */
export async function exportProgress(db: Queryable, user: SessionUser, campaignId: number, requestId: number, language: ExportLanguage): Promise<{ buffer: Buffer; title: string }> {
  const detail = await requestDetail(db, user, campaignId, requestId);
  const words = WORKBOOK_WORDS[language];
  const c = words.columns;
  const ids = detail.reports.map((r) => r.id);
  const rows = ids.length ? await db.select({ id: reports.id, firstSubmittedAt: reports.firstSubmittedAt, kind: units.kind }).from(reports).innerJoin(units, eq(units.id, reports.unitId)).where(inArray(reports.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const submitted = await submittedContents(db, ids);
  const categories = new Map((await db.select().from(problemCategories).where(eq(problemCategories.campaignId, campaignId)).orderBy(asc(problemCategories.sort))).map((p) => [p.code, p.name]));
  const day = today();
  const kinds = UNIT_KINDS[language] as Record<string, string>;

  const book = new ExcelJS.Workbook();
  const sheet = (name: string, columns: { key: string; header: string; width: number; numFmt?: string }[]) => {
    const s = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    s.columns = columns.map(({ key, header, width }) => ({ key, header, width }));
    for (const col of columns) if (col.numFmt) s.getColumn(col.key).numFmt = col.numFmt;
    s.getRow(1).font = { bold: true };
    return s;
  };

  const perUnit = sheet(words.reports, [
    { key: 'unit', header: c.unit, width: 28 },
    { key: 'unitKind', header: c.unitKind, width: 14 },
    { key: 'status', header: c.status, width: 10 },
    { key: 'firstSubmittedAt', header: c.firstSubmittedAt, width: 18, numFmt: DATE_TIME },
    { key: 'submittedAt', header: c.submittedAt, width: 18, numFmt: DATE_TIME },
    { key: 'late', header: c.late, width: 9 },
    { key: 'total', header: c.total, width: 9 },
    { key: 'done', header: c.done, width: 8 },
    { key: 'inProgress', header: c.inProgress, width: 8 },
    { key: 'planned', header: c.planned, width: 8 },
    { key: 'overdue', header: c.overdue, width: 10 },
    { key: 'institutions', header: c.institutions, width: 10 },
    { key: 'trainings', header: c.trainings, width: 12 },
    { key: 'attendance', header: c.attendance, width: 10 },
  ]);
  const items = sheet(words.rectifications, [
    { key: 'unit', header: c.unit, width: 28 },
    { key: 'category', header: c.category, width: 18 },
    { key: 'description', header: c.description, width: 40 },
    { key: 'measure', header: c.measure, width: 40 },
    { key: 'responsible', header: c.responsible, width: 16 },
    { key: 'deadline', header: c.deadline, width: 12, numFmt: DATE },
    { key: 'state', header: c.state, width: 10 },
    { key: 'evidence', header: c.evidence, width: 30 },
  ]);
  const tally = new Map<string, { total: number; done: number; overdue: number }>();
  for (const r of detail.reports) {
    const content = submitted.get(r.id);
    const row = byId.get(r.id);
    const counts = content ? rectificationCounts(content, day) : r.rectifications;
    perUnit.addRow({
      unit: r.unitName,
      unitKind: row ? (kinds[row.kind] ?? row.kind) : null,
      status: words.statuses[r.status as ReportStatus],
      firstSubmittedAt: row?.firstSubmittedAt ? inChina(row.firstSubmittedAt) : null,
      submittedAt: r.submittedAt ? inChina(new Date(r.submittedAt)) : null,
      late: r.late ? words.yes : words.no,
      total: content?.rectifications.length ?? 0,
      ...counts,
      institutions: content?.institutions.length ?? 0,
      trainings: content?.trainings.length ?? 0,
      attendance: content?.trainings.reduce((n, t) => n + t.attendance, 0) ?? 0,
    });
    for (const item of content?.rectifications ?? []) {
      const state = rectificationState(item, day);
      items.addRow({
        unit: r.unitName,
        category: categories.get(item.category) ?? item.category,
        description: item.description,
        measure: item.measure,
        responsible: item.responsible,
        deadline: asDate(item.deadline),
        state: words.states[state],
        evidence: item.evidence ?? null,
      });
      const t = tally.get(item.category) ?? { total: 0, done: 0, overdue: 0 };
      t.total++;
      if (state === 'done') t.done++;
      if (state === 'overdue') t.overdue++;
      tally.set(item.category, t);
    }
  }
  const byCategory = sheet(words.byCategory, [
    { key: 'category', header: c.category, width: 24 },
    { key: 'total', header: c.total, width: 10 },
    { key: 'done', header: c.done, width: 8 },
    { key: 'overdue', header: c.overdue, width: 10 },
    { key: 'doneRate', header: c.doneRate, width: 9, numFmt: '0%' },
  ]);
  for (const [code, name] of categories) {
    const t = tally.get(code);
    if (t) byCategory.addRow({ category: name, total: t.total, done: t.done, overdue: t.overdue, doneRate: t.done / t.total });
  }
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), title: detail.title };
}
