import ExcelJS from 'exceljs';
import { aliasedTable, and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { chinaDay, today, type WorkCalendar } from '../../core/calendar/workdays.js';
import type { Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { cases as casesZh } from '../../web/i18n/zh-CN/cases.js';
import { cases as casesEn } from '../../web/i18n/en/cases.js';
import { plan as planZh } from '../../web/i18n/zh-CN/plan.js';
import { plan as planEn } from '../../web/i18n/en/plan.js';
import { problemCategories } from '../plan/tables.js';
import type { CaseReader } from './actions.js';
import type { ListQuery } from './contract.js';
import { caseConditions } from './store.js';
import { cases } from './tables.js';

const MAX_ROWS = 50_000;
const PAGE = 500;

export type ExportLanguage = 'zh-CN' | 'en';

/** The words of the workbook: the console's own (its i18n catalogues), and the columns' headings. */
const WORDS = {
  'zh-CN': {
    sheet: '案件',
    yes: '是',
    no: '否',
    verified: '核实通过',
    returned: '退回重办',
    cases: casesZh,
    outcomes: planZh.outcomes as Record<string, string>,
    columns: {
      code: '编号', title: '标题', channel: '渠道', category: '问题类别', status: '状态', unit: '涉及单位', assignedUnit: '承办单位',
      receivedAt: '受理时间', dueDate: '办理期限', closedAt: '办结时间', workdays: '办理用时（工作日）', overdue: '是否逾期',
      escalation: '督办级别', substantiated: '核查结论', verification: '核实结果', satisfaction: '回访满意度', accountability: '问责',
    },
  },
  en: {
    sheet: 'Cases',
    yes: 'Yes',
    no: 'No',
    verified: 'Verified',
    returned: 'Returned for rework',
    cases: casesEn,
    outcomes: planEn.outcomes as Record<string, string>,
    columns: {
      code: 'Case number', title: 'Title', channel: 'Channel', category: 'Problem', status: 'Status', unit: 'Unit concerned', assignedUnit: 'Handling unit',
      receivedAt: 'Received', dueDate: 'Due', closedAt: 'Closed', workdays: 'Working days taken', overdue: 'Overdue',
      escalation: 'Escalation level', substantiated: 'Finding', verification: 'Verification', satisfaction: 'Satisfaction', accountability: 'Accountability',
    },
  },
} as const;

type Column = keyof (typeof WORDS)['zh-CN']['columns'];
const WIDTHS: Record<Column, number> = {
  code: 16, title: 40, channel: 12, category: 20, status: 10, unit: 26, assignedUnit: 26, receivedAt: 18, dueDate: 12, closedAt: 18,
  workdays: 12, overdue: 9, escalation: 9, substantiated: 12, verification: 12, satisfaction: 12, accountability: 24,
};
const DATE_TIME = 'yyyy-mm-dd hh:mm';
const DATE = 'yyyy-mm-dd';

/**
 * An instant as Excel keeps it: a date without a zone, read as China Standard Time (the
 * campaign's), so that the cell shows the hour the office saw.
 */
const inChina = (at: Date) => new Date(at.getTime() + 8 * 3600_000);
/** A calendar day as an Excel date (midnight, no zone). */
const excelDay = (day: string) => new Date(`${day}T00:00:00Z`);

const assigned = aliasedTable(units, 'assigned_unit');

/** One case as the workbook shows it, with what an office report needs beyond the list's row. */
type ExportRow = {
  id: number; code: string; title: string; channel: string; category: string; categoryName: string | null; status: string;
  unitName: string | null; assignedUnitName: string | null; receivedAt: Date; dueDate: string | null; closedAt: Date | null;
  escalationLevel: number; substantiated: string | null; satisfaction: string | null; lastCheck: string | null; outcomes: string[] | null;
};

/**
 * The filtered list (within what the user may see, in the campaign they look at) as a workbook to
 * hand on: categories, channels, statuses, findings and satisfaction in words of the reader's
 * language, times as Excel dates in China Standard Time, the days taken and whether it ran over,
 * the office's verification and the accountability recorded; a frozen header row.
 */
export async function exportCases(db: Queryable, user: CaseReader, q: Omit<ListQuery, 'cursor' | 'limit'>, cal: WorkCalendar, language: ExportLanguage = 'zh-CN'): Promise<Buffer> {
  const words = WORDS[language];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = (Object.keys(WIDTHS) as Column[]).map((key) => ({ header: words.columns[key], key, width: WIDTHS[key] }));
  sheet.getRow(1).font = { bold: true };
  for (const key of ['receivedAt', 'closedAt'] as const) sheet.getColumn(key).numFmt = DATE_TIME;
  sheet.getColumn('dueDate').numFmt = DATE;

  const where = await caseConditions(db, user, q, cal);
  const now = today();
  let after: { receivedAt: Date; id: number } | null = null;
  let written = 0;
  while (written < MAX_ROWS) {
    const page: ExportRow[] = await exportPage(db, user.campaignId, and(where, after ? sql`(${cases.receivedAt}, ${cases.id}) < (${after.receivedAt}, ${after.id})` : undefined));
    for (const c of page) {
      const closedDay = c.closedAt ? chinaDay(c.closedAt) : null;
      const lastDay = closedDay ?? now;
      sheet.addRow({
        code: c.code,
        title: c.title,
        channel: (words.cases.channels as Record<string, string>)[c.channel] ?? c.channel,
        category: c.categoryName ?? c.category,
        status: (words.cases.statuses as Record<string, string>)[c.status] ?? c.status,
        unit: c.unitName,
        assignedUnit: c.assignedUnitName,
        receivedAt: inChina(c.receivedAt),
        dueDate: c.dueDate ? excelDay(c.dueDate) : null,
        closedAt: c.closedAt ? inChina(c.closedAt) : null,
        workdays: cal.workdaysBetween(chinaDay(c.receivedAt), lastDay),
        overdue: c.dueDate ? (lastDay > c.dueDate ? words.yes : words.no) : null,
        escalation: c.escalationLevel || null,
        substantiated: c.substantiated ? ((words.cases.substantiated as Record<string, string>)[c.substantiated] ?? c.substantiated) : null,
        verification: c.lastCheck === 'verify_close' ? words.verified : c.lastCheck === 'return' ? words.returned : null,
        satisfaction: c.satisfaction ? ((words.cases.satisfaction as Record<string, string>)[c.satisfaction] ?? c.satisfaction) : null,
        accountability: c.outcomes?.map((o) => words.outcomes[o] ?? o).join(language === 'en' ? ', ' : '、') || null,
      });
    }
    written += page.length;
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = { receivedAt: last.receivedAt, id: last.id };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function exportPage(db: Queryable, campaignId: number, where: SQL | undefined): Promise<ExportRow[]> {
  return db
    .select({
      id: cases.id,
      code: cases.code,
      title: cases.title,
      channel: cases.channel,
      category: cases.category,
      categoryName: problemCategories.name,
      status: cases.status,
      unitName: units.name,
      assignedUnitName: assigned.name,
      receivedAt: cases.receivedAt,
      dueDate: cases.dueDate,
      closedAt: sql<Date | null>`(select max(e.ts) from case_events e where e.case_id = ${cases.id} and e.to_status = 'closed')`.mapWith((v: string | Date | null) =>
        v === null ? null : new Date(v),
      ),
      escalationLevel: cases.escalationLevel,
      substantiated: cases.substantiated,
      satisfaction: cases.satisfaction,
      // The office's last check of a response: verified and closed, or returned for rework.
      lastCheck: sql<string | null>`(select e.action from case_events e where e.case_id = ${cases.id} and e.action in ('verify_close', 'return') order by e.id desc limit 1)`,
      outcomes: sql<string[] | null>`(select array_agg(a.outcome order by a.id) from accountability_outcomes a where a.case_id = ${cases.id})`,
    })
    .from(cases)
    .leftJoin(units, eq(units.id, cases.unitId))
    .leftJoin(assigned, eq(assigned.id, cases.assignedUnitId))
    .leftJoin(problemCategories, and(eq(problemCategories.campaignId, campaignId), eq(problemCategories.code, cases.category)))
    .where(where)
    .orderBy(desc(cases.receivedAt), desc(cases.id))
    .limit(PAGE);
}
