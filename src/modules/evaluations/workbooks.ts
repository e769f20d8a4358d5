import ExcelJS from 'exceljs';
import type { PeriodResults } from './results.js';

const STATUS_ZH: Record<string, string> = { pending: '未作答', draft: '已暂存', submitted: '已提交' };

/** The invitations of a round for mail merge or SMS: who, how to reach them, and their link. */
export async function invitationsWorkbook(
  title: string,
  origin: string,
  list: { name: string; organisation: string; contact: string | null; status: string; remindedAt: string | null; link: string }[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('邀请名单');
  sheet.columns = [
    { header: '姓名', key: 'name', width: 14 },
    { header: '单位名称', key: 'organisation', width: 30 },
    { header: '联系方式', key: 'contact', width: 18 },
    { header: '状态', key: 'status', width: 10 },
    { header: '最近催评', key: 'remindedAt', width: 20 },
    { header: `评议链接（${title}）`, key: 'link', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const i of list) {
    sheet.addRow({ ...i, status: STATUS_ZH[i.status] ?? i.status, remindedAt: i.remindedAt ? new Date(i.remindedAt) : null, link: origin + i.link });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A period's ranking, one row per unit, each panel's score and sample beside the combined score. */
export async function resultsWorkbook(r: PeriodResults): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`${r.period} 评议排名`);
  sheet.columns = [
    { header: '名次', key: 'rank', width: 8 },
    { header: '单位', key: 'unitName', width: 34 },
    { header: '综合得分', key: 'combined', width: 10 },
    ...r.panels.flatMap((p) => [
      { header: `${p.name}得分`, key: `${p.code}_score`, width: 14 },
      { header: `${p.name}有效样本`, key: `${p.code}_n`, width: 12 },
    ]),
    { header: '上期得分', key: 'previousScore', width: 10 },
    { header: '名次变化', key: 'rankChange', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const u of r.units) {
    sheet.addRow({
      rank: u.rank ?? '数据不足',
      unitName: u.unitName,
      combined: u.combined,
      ...Object.fromEntries(r.panels.flatMap((p) => [[`${p.code}_score`, u.panels[p.code]?.score ?? null], [`${p.code}_n`, u.panels[p.code]?.n ?? 0]])),
      previousScore: u.previousScore,
      rankChange: u.rankChange,
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
