import ExcelJS from 'exceljs';
import type { Queryable } from '../../core/db/client.js';
import { translation as zh } from '../../web/i18n/zh-CN/index.js';
import { translation as en } from '../../web/i18n/en/index.js';
import { actionWords, detailFields, lookupIn, objectWords, whoWords, type Wording } from '../../web/features/audit/words.js';
import { EXPORT_MAX_ROWS } from './contract.js';
import { labelRows, queryTrail, type TrailFilter } from './store.js';

const PAGE = 500;

export type ExportLanguage = 'zh-CN' | 'en';

/** The console's words (its i18n catalogues), so that the workbook reads as the page does. */
const CATALOGUES = { 'zh-CN': zh, en } as const;

type Column = keyof (typeof zh)['audit']['workbook']['columns'];
const WIDTHS: Record<Column, number> = { time: 20, actor: 16, username: 16, action: 28, code: 26, object: 30, outcome: 9, detail: 60, requestId: 24, seq: 10 };
const DATE_TIME = 'yyyy-mm-dd hh:mm:ss';

/** An instant as Excel keeps it: a date without a zone, read as China Standard Time, so the cell shows the hour the office saw. */
const inChina = (at: Date) => new Date(at.getTime() + 8 * 3600_000);
/** An instant inside a detail, as text in China Standard Time. */
const chinaText = (iso: string) => inChina(new Date(iso)).toISOString().slice(0, 19).replace('T', ' ');

/**
 * The trail, filtered as the page filters it, newest first, as a workbook for the auditor: actions,
 * objects, outcomes and details in words of the reader's language, times as Excel dates in China
 * Standard Time, a frozen header. At most `maxRows` (EXPORT_MAX_ROWS) rows; when more match, a last row says
 * the export was cut.
 */
export async function exportTrail(
  db: Queryable,
  filter: TrailFilter,
  language: ExportLanguage = 'zh-CN',
  maxRows: number = EXPORT_MAX_ROWS,
): Promise<{ buffer: Buffer; rows: number; truncated: boolean }> {
  const catalogue = CATALOGUES[language];
  const words = catalogue.audit.workbook;
  const wording: Wording = { lookup: lookupIn(catalogue), instant: chinaText };
  const w = wording.lookup;
  const separator = language === 'en' ? '; ' : '；';

  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = (Object.keys(WIDTHS) as Column[]).map((key) => ({ header: words.columns[key], key, width: WIDTHS[key] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('time').numFmt = DATE_TIME;
  sheet.getColumn('detail').alignment = { wrapText: true, vertical: 'top' };

  let cursor: number | undefined;
  let written = 0;
  let truncated = false;
  for (;;) {
    const found = await queryTrail(db, { ...filter, cursor, limit: PAGE });
    const room = maxRows - written;
    const page = await labelRows(db, found.slice(0, Math.min(PAGE, room)));
    for (const e of page) {
      const who = whoWords(e, w);
      sheet.addRow({
        time: inChina(e.ts),
        actor: who.name,
        username: e.username,
        action: actionWords(e.action, w),
        code: e.action,
        object: objectWords(e, w),
        outcome: w(`audit.outcomes.${e.outcome}`) ?? e.outcome,
        detail: detailFields(e, wording).map((f) => `${f.label}: ${f.value}`).join(separator) || null,
        requestId: e.requestId,
        seq: e.seq,
      });
    }
    written += page.length;
    const more = found.length > page.length;
    if (!more) break;
    if (written >= maxRows) {
      truncated = true;
      break;
    }
    cursor = page.at(-1)?.id;
  }
  if (truncated) {
    const note = sheet.addRow({ time: words.truncated.replace('{{max}}', String(maxRows)) });
    sheet.mergeCells(note.number, 1, note.number, sheet.columnCount);
    note.font = { italic: true, color: { argb: 'FFC00000' } };
  }
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), rows: written, truncated };
}
