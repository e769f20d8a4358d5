import ExcelJS from 'exceljs';
import type { WorkCalendar } from '../../core/calendar/workdays.js';
import type { Queryable } from '../../core/db/client.js';
import type { CaseReader } from './actions.js';
import type { ListQuery } from './contract.js';
import { listCases } from './store.js';

const MAX_ROWS = 50_000;
const STATUS_ZH: Record<string, string> = {
  received: '已接收',
  accepted: '已受理',
  not_accepted: '不予受理',
  assigned: '已交办',
  responded: '已反馈',
  closed: '已办结',
  merged: '已合并',
};

/** The filtered list (within what the user may see, in the campaign they look at) as an .xlsx workbook, page by page. */
export async function exportCases(db: Queryable, user: CaseReader, q: Omit<ListQuery, 'cursor' | 'limit'>, cal: WorkCalendar): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('案件');
  sheet.columns = [
    { header: '编号', key: 'code', width: 16 },
    { header: '标题', key: 'title', width: 40 },
    { header: '渠道', key: 'channel', width: 14 },
    { header: '问题类别', key: 'category', width: 16 },
    { header: '状态', key: 'status', width: 10 },
    { header: '涉及单位', key: 'unitName', width: 28 },
    { header: '承办单位', key: 'assignedUnitName', width: 28 },
    { header: '收到时间', key: 'receivedAt', width: 20 },
    { header: '办理期限', key: 'dueDate', width: 12 },
    { header: '督办级别', key: 'escalationLevel', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  let cursor: string | undefined;
  let written = 0;
  do {
    const page = await listCases(db, user, { ...q, ...(cursor ? { cursor } : {}), limit: 200 }, cal);
    for (const c of page.items) {
      sheet.addRow({ ...c, status: STATUS_ZH[c.status] ?? c.status, receivedAt: new Date(c.receivedAt) });
    }
    written += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && written < MAX_ROWS);
  return Buffer.from(await book.xlsx.writeBuffer());
}
