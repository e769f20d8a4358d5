import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/core/db/client.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

/** The office's working day at volume: many cases in one step, and cases found by a part of their number. */
describe(`cases in bulk and by number (${engine})`, { timeout: 120_000 }, () => {
  let t: TestApp;
  let office: Client;
  let liaison: Client;
  let unitId: number;
  const ids: number[] = [];
  const codes: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    office = t.client();
    await office.login(await t.user('office_staff'));
    liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市住房保障和房产管理局' }));
    unitId = ((await office.get(`/api/units?q=${encodeURIComponent('市住房保障和房产管理局')}`)).body as { id: number }[])[0]?.id as number;
    for (let i = 0; i < 50; i++) {
      const filed = await office.post('/api/cases', { channel: 'letter', detail: {}, category: 'buck_passing', title: `房产交易窗口推诿第${i + 1}件`, body: '房产交易窗口推诿扯皮，群众多次往返。' });
      expect(filed.status).toBe(201);
      ids.push(filed.body.id);
      codes.push(filed.body.code);
    }
  });
  afterAll(() => t.close());

  const audited = async (action: string) =>
    Number((await rows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from audit_log where action = ${action} and object_id in (${sql.join(ids.map((id) => sql`${String(id)}`), sql`, `)})`))[0]?.n);

  it('accepts and assigns 50 cases in one step each: every case its own timeline entry and audit row, the one refused reported alone', async () => {
    const refusedId = ids[7] as number;
    expect((await office.post(`/api/cases/${refusedId}/reject`, { reason: '不属于受理范围' })).status).toBe(200);

    const accepted = await office.post('/api/cases/bulk', { action: 'accept', ids });
    expect(accepted.status).toBe(200);
    const results = accepted.body.results as { id: number; ok: boolean; problem?: { code: string; status: number } }[];
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.filter((r) => !r.ok)).toEqual([{ id: refusedId, ok: false, problem: expect.objectContaining({ code: 'illegal_transition', status: 409 }) }]);
    expect(await audited('case.accept')).toBe(49);

    const dueDate = new Date(Date.now() + 20 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    const assigned = await office.post('/api/cases/bulk', { action: 'assign', ids, body: { unitId, dueDate } });
    expect(assigned.status).toBe(200);
    expect((assigned.body.results as { ok: boolean }[]).filter((r) => r.ok)).toHaveLength(49);
    expect(await audited('case.assign')).toBe(49);
    for (const id of [ids[0], ids[49]]) {
      const c = (await office.get(`/api/cases/${id}`)).body as { status: string; dueDate: string; assignedUnitId: number; timeline: { action: string }[] };
      expect(c).toMatchObject({ status: 'assigned', dueDate, assignedUnitId: unitId });
      expect(c.timeline.map((e) => e.action)).toEqual(['intake', 'accept', 'assign']);
    }
    expect(((await office.get(`/api/cases/${refusedId}`)).body as { status: string }).status).toBe('not_accepted');
    // The unit's liaison has each case in its inbox, and a notice for each.
    expect((await liaison.get('/api/cases?limit=200')).body.items).toHaveLength(49);
    expect((await liaison.get('/api/notifications/unread-count')).body.unread).toBe(49);

    const reminded = await office.post('/api/cases/bulk', { action: 'remind', ids: ids.slice(0, 3) });
    expect((reminded.body.results as { ok: boolean }[]).every((r) => r.ok)).toBe(true);
  });

  it('refuses a bulk step that names a case twice, too many, or a step it does not take in bulk', async () => {
    const twice = await office.post('/api/cases/bulk', { action: 'accept', ids: [ids[0], ids[0]] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0].path).toBe('body.ids');
    expect((await office.post('/api/cases/bulk', { action: 'accept', ids: Array.from({ length: 201 }, (_, i) => i + 1) })).status).toBe(400);
    expect((await office.post('/api/cases/bulk', { action: 'reject', ids: [ids[0]] })).status).toBe(400);
    expect((await liaison.post('/api/cases/bulk', { action: 'accept', ids: [ids[0]] })).status).toBe(403);
  });

  it('finds a case by a part of its number, and the counts follow the search and filters', async () => {
    const code = codes[2] as string; // ZF2011-000003 or later
    const number = code.split('-')[1] as string;
    const found = async (q: string) => ((await office.get(`/api/cases?q=${encodeURIComponent(q)}`)).body.items as { code: string }[]).map((i) => i.code);
    expect(await found(number)).toContain(code);
    expect(await found(String(Number(number)))).toContain(code);
    expect(await found(`2011-${number}`)).toContain(code);
    expect(await found(code.toLowerCase())).toContain(code);
    // Digits before the dash are the campaign's year: another year's number finds nothing here.
    expect(await found(`2013-${number}`)).toEqual([]);
    const counts = (await office.get(`/api/cases/counts?q=${encodeURIComponent(code)}`)).body as { byStatus: Record<string, number> };
    expect(Object.values(counts.byStatus).reduce((a, n) => a + n, 0)).toBe(1);
    const byUnit = (await office.get(`/api/cases/counts?unitId=${unitId}`)).body as { byStatus: Record<string, number> };
    expect(byUnit.byStatus).toEqual({ assigned: 49 });
    const all = (await office.get('/api/cases/counts')).body as { byStatus: Record<string, number> };
    expect(all.byStatus.not_accepted).toBe(1);
  });

  it('exports a workbook to hand on: words in the reader’s language, China times as Excel dates, the report’s columns', async () => {
    const id = ids[0] as number;
    expect((await liaison.post(`/api/cases/${id}/respond`, { findings: '部分属实', measures: '已整改', substantiated: 'partly' })).status).toBe(200);
    expect((await office.post(`/api/cases/${id}/verify-close`, {})).status).toBe(200);
    expect((await office.post(`/api/cases/${id}/follow-up`, { satisfaction: 'basically_satisfied' })).status).toBe(200);
    const decision = { targetKind: 'unit', unitId, outcome: 'admonition_talk', decisionDate: '2011-10-01', documentNo: '〔2011〕1号', decidedBy: '监察局' };
    expect((await office.post(`/api/cases/${id}/accountability`, decision)).status).toBe(201);
    const workbook = async (language: string) => {
      const res = await fetch(`${t.url}/api/cases/export.xlsx?q=${codes[0]}`, { headers: { cookie: office.cookie ?? '', 'accept-language': language } });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const sheet = book.worksheets[0] as ExcelJS.Worksheet;
      const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const row = sheet.getRow(2);
      const cell = (name: string) => row.getCell(header.indexOf(name) + 1);
      return { sheet, header, cell };
    };
    const zh = await workbook('zh-CN');
    expect(zh.sheet.name).toBe('案件');
    expect(zh.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(zh.header).toEqual(['编号', '标题', '渠道', '问题类别', '状态', '涉及单位', '承办单位', '受理时间', '办理期限', '办结时间', '办理用时（工作日）', '是否逾期', '督办级别', '核查结论', '核实结果', '回访满意度', '问责']);
    expect([zh.cell('编号').value, zh.cell('渠道').value, zh.cell('问题类别').value, zh.cell('状态').value]).toEqual([codes[0], '来信', '推诿扯皮', '已办结']);
    expect([zh.cell('核查结论').value, zh.cell('核实结果').value, zh.cell('回访满意度').value, zh.cell('问责').value, zh.cell('是否逾期').value]).toEqual(['部分属实', '核实通过', '基本满意', '诫勉谈话', '否']);
    const received = zh.cell('受理时间');
    expect(received.value).toBeInstanceOf(Date);
    expect(received.numFmt).toBe('yyyy-mm-dd hh:mm');
    // The cell shows the hour in China: 8 hours ahead of the instant's UTC hour.
    const detail = (await office.get(`/api/cases/${id}`)).body as { receivedAt: string };
    expect((received.value as Date).getTime() - new Date(detail.receivedAt).getTime()).toBe(8 * 3600_000);
    expect(zh.cell('办理期限').value).toBeInstanceOf(Date);
    expect(zh.cell('办结时间').value).toBeInstanceOf(Date);
    expect(typeof zh.cell('办理用时（工作日）').value).toBe('number');
    const en = await workbook('en');
    expect(en.sheet.name).toBe('Cases');
    expect([en.cell('Channel').value, en.cell('Status').value, en.cell('Finding').value, en.cell('Satisfaction').value, en.cell('Verification').value]).toEqual([
      'Letter',
      'Closed',
      'Partly substantiated',
      'Basically satisfied',
      'Verified',
    ]);
  });
});
