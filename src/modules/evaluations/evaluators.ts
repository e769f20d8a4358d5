import ExcelJS from 'exceljs';
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../core/db/client.js';
import { escapeLike } from '../../core/db/like.js';
import { units } from '../../core/db/tables.js';
import { evaluationInvitations, evaluators } from './tables.js';
import { badRequest, notFound, problem } from '../../core/errors.js';
import { problems } from './contract.js';
import type { Write } from '../../core/http/change.js';
import type { AppContext } from '../../core/http/context.js';
import { checkUnits } from '../units/store.js';
import { evaluatorChangeRefusal } from './rules.js';
import { panelOf, type EvaluationSetup } from './setup.js';

type EvaluatorRow = typeof evaluators.$inferSelect;
type Ctx = Pick<AppContext, 'secrets'>;
export type EvaluatorInput = { panel: string; name: string; organisation: string; contact?: string | null | undefined; memberUnitId?: number | null | undefined; dealtUnitIds?: number[] | undefined };

async function present(db: Queryable, ctx: Ctx, list: EvaluatorRow[]) {
  const ids = [...new Set(list.flatMap((e) => [...e.dealtUnitIds, ...(e.memberUnitId ? [e.memberUnitId] : [])]))];
  const names = new Map(ids.length ? (await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))).map((u) => [u.id, u.name]) : []);
  return list.map((e) => ({
    id: e.id,
    panel: e.panel,
    name: e.name,
    organisation: e.organisation,
    contact: e.contactSealed ? ctx.secrets.open(e.contactSealed) : null,
    memberUnitId: e.memberUnitId,
    memberUnitName: e.memberUnitId ? (names.get(e.memberUnitId) ?? null) : null,
    dealtUnitIds: e.dealtUnitIds,
    dealtUnitNames: e.dealtUnitIds.map((id) => names.get(id) ?? String(id)),
  }));
}

export async function listEvaluators(db: Queryable, ctx: Ctx, setup: EvaluationSetup, q: { panel?: string | undefined; q?: string | undefined }) {
  const like = q.q ? `%${escapeLike(q.q)}%` : null;
  const list = await db
    .select()
    .from(evaluators)
    .where(and(eq(evaluators.campaignId, setup.campaign.id), q.panel ? eq(evaluators.panel, q.panel) : undefined, like ? or(ilike(evaluators.name, like), ilike(evaluators.organisation, like)) : undefined))
    .orderBy(asc(evaluators.panel), asc(evaluators.organisation), asc(evaluators.name))
    .limit(5000);
  return present(db, ctx, list);
}

/** Adds an evaluator; returns the id (the route presents it: the answer kept for a retry holds no contact). */
export async function createEvaluator(w: Write, ctx: Ctx, setup: EvaluationSetup, b: EvaluatorInput): Promise<number> {
  const { tx } = w;
  panelOf(setup, b.panel);
  const dealt = [...new Set(b.dealtUnitIds ?? [])];
  await checkUnits(tx, setup.campaign.id, dealt, 'dealtUnitIds');
  if (b.memberUnitId) await checkUnits(tx, setup.campaign.id, [b.memberUnitId], 'memberUnitId');
  const [row] = await tx
    .insert(evaluators)
    .values({
      campaignId: setup.campaign.id,
      panel: b.panel,
      name: b.name,
      organisation: b.organisation,
      contactSealed: b.contact ? ctx.secrets.seal(b.contact) : null,
      memberUnitId: b.memberUnitId ?? null,
      dealtUnitIds: dealt,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await w.audit({ action: 'evaluation.evaluator_create', objectType: 'evaluator', objectId: row.id, detail: { panel: b.panel } });
  return row.id;
}

async function loadEvaluator(db: Queryable, setup: EvaluationSetup, id: number): Promise<EvaluatorRow> {
  const [row] = await db.select().from(evaluators).where(and(eq(evaluators.id, id), eq(evaluators.campaignId, setup.campaign.id)));
  if (!row) throw notFound('No such evaluator');
  return row;
}

/** One evaluator as the office sees it. */
export async function getEvaluator(db: Queryable, ctx: Ctx, setup: EvaluationSetup, id: number) {
  const [out] = await present(db, ctx, [await loadEvaluator(db, setup, id)]);
  if (!out) throw new Error('evaluator vanished');
  return out;
}

export async function patchEvaluator(w: Write, ctx: Ctx, setup: EvaluationSetup, id: number, b: Partial<EvaluatorInput>): Promise<void> {
  const { tx } = w;
  const current = await loadEvaluator(tx, setup, id);
  if (b.panel !== undefined) panelOf(setup, b.panel);
  if (b.dealtUnitIds) await checkUnits(tx, setup.campaign.id, b.dealtUnitIds, 'dealtUnitIds', current.dealtUnitIds);
  if (b.memberUnitId) await checkUnits(tx, setup.campaign.id, [b.memberUnitId], 'memberUnitId', current.memberUnitId ? [current.memberUnitId] : []);
  if (b.panel !== undefined && b.panel !== current.panel) {
    const [invited] = await tx.select({ n: sql<number>`count(*)::int` }).from(evaluationInvitations).where(eq(evaluationInvitations.evaluatorId, id));
    if (evaluatorChangeRefusal(invited?.n ?? 0)) throw problem(problems, 'evaluator_invited', 'The evaluator has invitations: the panel cannot change', { errors: [{ path: 'panel', message: 'cannot change once invited' }] });
  }
  const [row] = await tx
    .update(evaluators)
    .set({
      ...(b.panel !== undefined ? { panel: b.panel } : {}),
      ...(b.name !== undefined ? { name: b.name } : {}),
      ...(b.organisation !== undefined ? { organisation: b.organisation } : {}),
      ...(b.contact !== undefined ? { contactSealed: b.contact ? ctx.secrets.seal(b.contact) : null } : {}),
      ...(b.memberUnitId !== undefined ? { memberUnitId: b.memberUnitId } : {}),
      ...(b.dealtUnitIds !== undefined ? { dealtUnitIds: [...new Set(b.dealtUnitIds)] } : {}),
      updatedAt: new Date(),
    })
    .where(eq(evaluators.id, id))
    .returning();
  if (!row) throw notFound('No such evaluator');
  await w.audit({ action: 'evaluation.evaluator_update', objectType: 'evaluator', objectId: id, detail: { fields: Object.keys(b) } });
}

export async function deleteEvaluator(w: Write, setup: EvaluationSetup, id: number): Promise<void> {
  const { tx } = w;
  await loadEvaluator(tx, setup, id);
  const [invited] = await tx.select({ n: sql<number>`count(*)::int` }).from(evaluationInvitations).where(eq(evaluationInvitations.evaluatorId, id));
  if (evaluatorChangeRefusal(invited?.n ?? 0)) throw problem(problems, 'evaluator_invited', 'The evaluator has invitations and is kept for the record');
  await tx.delete(evaluators).where(eq(evaluators.id, id));
  await w.audit({ action: 'evaluation.evaluator_delete', objectType: 'evaluator', objectId: id });
}

// ---------------------------------------------------------------- import

export const IMPORT_COLUMNS = ['姓名', '单位名称', '评议组', '联系方式', '所属被评议单位', '打过交道的单位'] as const;
const HEADER_ALIASES: Record<string, (typeof IMPORT_COLUMNS)[number]> = {
  姓名: '姓名', name: '姓名',
  单位名称: '单位名称', 单位: '单位名称', 工作单位: '单位名称', organisation: '单位名称', organization: '单位名称',
  评议组: '评议组', panel: '评议组',
  联系方式: '联系方式', 电话: '联系方式', 手机: '联系方式', contact: '联系方式',
  所属被评议单位: '所属被评议单位', member_unit: '所属被评议单位', memberunit: '所属被评议单位',
  打过交道的单位: '打过交道的单位', 评议单位: '打过交道的单位', units: '打过交道的单位', dealt_units: '打过交道的单位',
};

export type ImportRow = { row: number; ok: boolean; name: string | null; errors: { field: string; message: string }[] };

export async function importTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('评议人');
  sheet.columns = IMPORT_COLUMNS.map((h) => ({ header: h, key: h, width: h.length > 4 ? 30 : 16 }));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The cells of the first sheet of an XLSX or CSV file, as text. */
async function readTable(filename: string, content: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  const isCsv = /\.csv$/i.test(filename) || !(content[0] === 0x50 && content[1] === 0x4b);
  try {
    if (isCsv) {
      const { Readable } = await import('node:stream');
      const text = content.toString('utf8').replace(/^\uFEFF/, '');
      await book.csv.read(Readable.from([text]));
    } else {
      await book.xlsx.load(content as unknown as ArrayBuffer);
    }
  } catch {
    throw badRequest('The file is neither a readable XLSX workbook nor a CSV file', [{ path: 'contentBase64', message: 'cannot be read as XLSX or CSV' }]);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw badRequest('The workbook has no sheet', [{ path: 'contentBase64', message: 'has no sheet' }]);
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.text.trim();
    });
    table[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (r) => r ?? []);
}

const MAX_ROWS = 5000;

/**
 * Reads an evaluator list and checks every row; writes the good rows only when `confirm` is set.
 * Each refused row is reported with the column and the reason.
 */
export async function importEvaluators(w: Write, ctx: Ctx, setup: EvaluationSetup, file: { filename: string; content: Buffer; confirm: boolean }) {
  const { tx } = w;
  const table = await readTable(file.filename, file.content);
  const header = (table[0] ?? []).map((h) => HEADER_ALIASES[h.replace(/\s+/g, '').toLowerCase()] ?? HEADER_ALIASES[h.replace(/\s+/g, '')] ?? null);
  const missing = ['姓名', '单位名称', '评议组'].filter((h) => !header.includes(h as (typeof IMPORT_COLUMNS)[number]));
  if (missing.length) throw badRequest(`The header row lacks ${missing.join(', ')}`, missing.map((h) => ({ path: `columns.${h}`, message: 'is missing from the header row' })));
  if (table.length - 1 > MAX_ROWS) throw badRequest(`At most ${MAX_ROWS} rows at a time`, [{ path: 'contentBase64', message: `has ${table.length - 1} rows` }]);
  const col = (r: string[], h: (typeof IMPORT_COLUMNS)[number]) => {
    const i = header.indexOf(h);
    return i >= 0 ? (r[i] ?? '').trim() : '';
  };
  const allUnits = await tx.select({ id: units.id, name: units.name, aliases: units.aliases }).from(units);
  const unitByName = new Map<string, number>();
  for (const u of allUnits) for (const n of [u.name, ...u.aliases]) unitByName.set(n, u.id);
  const panelByName = new Map(setup.panels.flatMap((p) => [[p.code, p.code], [p.name, p.code], [p.name.replace(/评政风$/, ''), p.code]] as [string, string][]));

  const report: ImportRow[] = [];
  const good: EvaluatorInput[] = [];
  table.slice(1).forEach((r, i) => {
    const rowNo = i + 2;
    if (r.every((c) => !c)) return; // blank lines are not rows
    const errors: { field: string; message: string }[] = [];
    const name = col(r, '姓名');
    const organisation = col(r, '单位名称');
    const panelText = col(r, '评议组');
    const contact = col(r, '联系方式');
    if (!name) errors.push({ field: '姓名', message: '不能为空' });
    else if (name.length > 50) errors.push({ field: '姓名', message: '不能超过 50 个字' });
    if (!organisation) errors.push({ field: '单位名称', message: '不能为空' });
    else if (organisation.length > 200) errors.push({ field: '单位名称', message: '不能超过 200 个字' });
    const panel = panelByName.get(panelText);
    if (!panelText) errors.push({ field: '评议组', message: '不能为空' });
    else if (!panel) errors.push({ field: '评议组', message: `“${panelText}”不是本次评议的评议组（${setup.panels.map((p) => p.name).join('、')}）` });
    if (contact.length > 100) errors.push({ field: '联系方式', message: '不能超过 100 个字' });
    const memberText = col(r, '所属被评议单位');
    const memberUnitId = memberText ? unitByName.get(memberText) : undefined;
    if (memberText && memberUnitId === undefined) errors.push({ field: '所属被评议单位', message: `找不到单位“${memberText}”` });
    const dealtNames = col(r, '打过交道的单位').split(/[、,，;；\n]+/).map((s) => s.trim()).filter(Boolean);
    const dealtUnitIds: number[] = [];
    for (const n of dealtNames) {
      const id = unitByName.get(n);
      if (id === undefined) errors.push({ field: '打过交道的单位', message: `找不到单位“${n}”` });
      else dealtUnitIds.push(id);
    }
    report.push({ row: rowNo, ok: errors.length === 0, name: name || null, errors });
    if (errors.length === 0 && panel) good.push({ panel, name, organisation, contact: contact || null, memberUnitId: memberUnitId ?? null, dealtUnitIds: [...new Set(dealtUnitIds)] });
  });
  if (report.length === 0) throw badRequest('The file has no rows below the header', [{ path: 'contentBase64', message: 'has no data rows' }]);
  let imported = 0;
  if (file.confirm && good.length > 0) {
    await tx.insert(evaluators).values(
      good.map((g) => ({
        campaignId: setup.campaign.id,
        panel: g.panel,
        name: g.name,
        organisation: g.organisation,
        contactSealed: g.contact ? ctx.secrets.seal(g.contact) : null,
        memberUnitId: g.memberUnitId ?? null,
        dealtUnitIds: g.dealtUnitIds ?? [],
      })),
    );
    imported = good.length;
    await w.audit({ action: 'evaluation.evaluator_import', objectType: 'campaign', objectId: setup.campaign.id, detail: { imported, refused: report.length - good.length } });
  }
  return { rows: report, accepted: good.length, refused: report.length - good.length, imported };
}
