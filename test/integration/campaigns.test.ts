import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';
import { planFile } from '../fixtures/plans.js';

/**
 * Two cities' campaigns side by side: Harbin's 2011 (current) and a second city's 2013, whose plan
 * differs in everything (problems, phases, panels, units, inspections) and names some units exactly
 * as Harbin's. Nothing of one campaign appears in the other's lists, counts, search hits, exports,
 * Open311 answers or portal.
 */
const OTHER = 'qiqihar-2013';

describe(`campaigns apart (${engine})`, { timeout: 120_000 }, () => {
  let t: TestApp;
  let admin: Client;
  let harbinStaff: Client;
  let otherStaff: Client;
  const anon = () => t.client();
  const units = async (c: Client) => (await c.get('/api/units')).body as { id: number; name: string; aliases: string[]; parentId: number | null }[];
  const codes = async (c: Client, query = '') => ((await c.get(`/api/cases${query}`)).body.items as { code: string }[]).map((i) => i.code);
  let harbinCase: { id: number; code: string };
  let otherCase: { id: number; code: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login(await t.user('office_admin'));
    const imported = await admin.post('/api/plans', planFile(`test/fixtures/plans/${OTHER}.json`));
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: true, current: false, unitsCreated: 10 });
    harbinStaff = t.client();
    await harbinStaff.login(await t.user('office_staff'));
    otherStaff = t.client();
    await otherStaff.login(await t.user('office_staff'));
    expect((await otherStaff.put('/api/campaigns/viewing', { code: OTHER })).status).toBe(204);

    const harbinUnit = (await units(harbinStaff)).find((u) => u.name === '市环保局');
    const otherUnit = (await units(otherStaff)).find((u) => u.name === '市环保局');
    const file = async (c: Client, unitId: number | undefined, category: string, title: string) => {
      const res = await c.post('/api/cases', { channel: 'letter', detail: {}, reporter: { name: '来信人' }, unitId, category, title, body: `${title}，请查处。` });
      expect(res.status).toBe(201);
      return res.body as { id: number; code: string };
    };
    harbinCase = await file(harbinStaff, harbinUnit?.id, 'graft', '环保窗口索要好处费');
    otherCase = await file(otherStaff, otherUnit?.id, 'favours', '环保窗口吃请受礼');
  });
  afterAll(() => t.close());

  it('gives each city its own unit registry: same names are different units, nothing of one shows in the other', async () => {
    const harbin = await units(harbinStaff);
    const other = await units(otherStaff);
    expect(other).toHaveLength(10);
    expect(harbin.length).toBeGreaterThan(100);
    const police = (list: typeof harbin) => list.find((u) => u.name === '市公安局') as (typeof harbin)[number];
    expect(police(other).id).not.toBe(police(harbin).id);
    // The other city's bureau has its own sub-unit only, and none of Harbin's aliases.
    expect(other.filter((u) => u.parentId === police(other).id).map((u) => u.name)).toEqual(['市公安局车辆管理所']);
    expect(police(other).aliases).toEqual([]);
    expect(other.some((u) => harbin.some((h) => h.id === u.id))).toBe(false);
    // The public sees the current campaign's registry; a named campaign's on request.
    expect((await anon().get('/api/public/units')).body).toHaveLength(harbin.length);
    expect((await anon().get(`/api/units?campaign=${OTHER}`)).body).toHaveLength(10);
    expect((await harbinStaff.get(`/api/units/${police(other).id}`)).status).toBe(404);
    expect((await otherStaff.get(`/api/units/${police(other).id}`)).status).toBe(200);
  });

  it('numbers each campaign’s cases with its own prefix and sequence', async () => {
    expect(harbinCase.code).toMatch(/^ZF2011-\d{6}$/);
    expect(otherCase.code).toBe('ZF2013-000001');
    const second = await otherStaff.post('/api/cases', { channel: 'letter', detail: {}, category: 'rudeness', title: '窗口态度生硬', body: '窗口人员态度生硬。' });
    expect(second.body.code).toBe('ZF2013-000002');
    // A second campaign of the same year, in a third jurisdiction, gets a prefix of its own.
    const third = planFile(`test/fixtures/plans/${OTHER}.json`);
    third.campaign = { ...third.campaign, code: 'third-2013', city: '第三市', name: '第三市2013年作风建设' };
    expect((await admin.post('/api/plans', third)).status).toBe(200);
    const list = (await admin.get('/api/campaigns')).body as { code: string; casePrefix: string }[];
    expect(list.map((c) => [c.code, c.casePrefix])).toEqual([
      ['harbin-2011', 'ZF2011'],
      [OTHER, 'ZF2013'],
      ['third-2013', 'ZF2013B'],
    ]);
    // A prefix another campaign has is refused, by field; so is moving a campaign to another city.
    const taken = await admin.post('/api/plans', { ...third, campaign: { ...third.campaign, casePrefix: 'ZF2011' } });
    expect(taken.status).toBe(400);
    expect(taken.body.errors).toEqual([{ path: 'campaign.casePrefix', message: 'ZF2011 is taken' }]);
    const moved = await admin.post('/api/plans', { ...third, campaign: { ...third.campaign, city: '第四市' } });
    expect(moved.status).toBe(400);
    expect(moved.body.errors[0].path).toBe('campaign.city');
  });

  it('keeps cases apart in lists, counts, search, exports and details', async () => {
    expect(await codes(harbinStaff)).toContain(harbinCase.code);
    expect(await codes(harbinStaff)).not.toContain(otherCase.code);
    expect(await codes(otherStaff)).toContain(otherCase.code);
    expect(await codes(otherStaff)).not.toContain(harbinCase.code);
    // Search: by words and by code.
    expect(await codes(harbinStaff, `?q=${encodeURIComponent('吃请受礼')}`)).toEqual([]);
    expect(await codes(otherStaff, `?q=${encodeURIComponent('吃请受礼')}`)).toEqual([otherCase.code]);
    expect(await codes(harbinStaff, `?q=${otherCase.code}`)).toEqual([]);
    // Counts.
    const count = async (c: Client) => (await c.get('/api/cases/counts')).body.byStatus.received as number;
    const harbinCount = await count(harbinStaff);
    const otherCount = await count(otherStaff);
    expect(otherCount).toBe(2);
    expect(harbinCount).toBe((await codes(harbinStaff, '?status=received')).length);
    // Details and steps: another campaign's case is no case.
    expect((await harbinStaff.get(`/api/cases/${otherCase.id}`)).status).toBe(404);
    expect((await harbinStaff.post(`/api/cases/${otherCase.id}/accept`, {})).status).toBe(404);
    expect((await otherStaff.get(`/api/cases/${otherCase.id}`)).status).toBe(200);
    // A case cannot be merged into another campaign's.
    const merge = await otherStaff.post(`/api/cases/${otherCase.id}/merge`, { intoCaseId: harbinCase.id, reason: '重复' });
    expect(merge.status).toBeGreaterThanOrEqual(400);
    expect(merge.status).toBeLessThan(500);
    // Exports.
    const exported = async (c: Client) => {
      const res = await fetch(`${t.url}/api/cases/export.xlsx`, { headers: { cookie: c.cookie ?? '' } });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const sheet = book.worksheets[0] as ExcelJS.Worksheet;
      const found: string[] = [];
      sheet.eachRow((row, n) => n > 1 && found.push(String(row.getCell(1).value)));
      return found;
    };
    expect(await exported(harbinStaff)).not.toContain(otherCase.code);
    expect(await exported(otherStaff)).toEqual(expect.arrayContaining([otherCase.code]));
    expect(await exported(otherStaff)).not.toContain(harbinCase.code);
  });

  it('refuses the other city’s units, categories and hotline lines at intake and assignment', async () => {
    const harbinUnit = (await units(harbinStaff)).find((u) => u.name === '市公安局') as { id: number };
    const refused = await otherStaff.post('/api/cases', { channel: 'letter', detail: {}, unitId: harbinUnit.id, category: 'favours', title: '外市单位', body: '涉及外市单位。' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: 'unitId', message: `no unit with id ${harbinUnit.id}` }]);
    const category = await otherStaff.post('/api/cases', { channel: 'letter', detail: {}, category: 'graft', title: '哈市类别', body: '哈市的问题类别。' });
    expect(category.status).toBe(400);
    expect(category.body.errors[0].path).toBe('category');
    const line = await otherStaff.post('/api/cases', { channel: 'hotline', detail: { line: 'line1', callTime: new Date(Date.now() - 60_000).toISOString() }, category: 'favours', title: '热线', body: '热线来电。' });
    expect(line.status).toBe(400);
    expect(line.body.errors[0].path).toBe('detail.line');
    await otherStaff.post(`/api/cases/${otherCase.id}/accept`, {});
    const assign = await otherStaff.post(`/api/cases/${otherCase.id}/assign`, { unitId: harbinUnit.id });
    expect(assign.status).toBe(400);
    expect(assign.body.errors[0].path).toBe('unitId');
  });

  it('keeps evaluation and inspection rounds, and notices, to their campaign and within its days', async () => {
    // The other plan has half-yearly panels and covert visits only.
    const outside = await otherStaff.post('/api/evaluations/rounds', { panel: 'residents', period: '2011H2', opensOn: '2011-07-01', closesOn: '2011-07-31' });
    expect(outside.status).toBe(400);
    expect(outside.body.errors.map((e: { path: string }) => e.path)).toEqual(['period', 'opensOn', 'closesOn']);
    const round = await otherStaff.post('/api/evaluations/rounds', { panel: 'residents', period: '2013H2', opensOn: '2013-12-01', closesOn: '2014-01-10' });
    expect(round.status).toBe(201);
    expect((await otherStaff.get('/api/evaluations/overview')).body).toMatchObject({ currentPeriod: '2014H1', campaign: { start: '2013-04-01', end: '2014-01-15' } });
    const rounds = async (c: Client) => ((await c.get('/api/evaluations/rounds')).body.items as { id: number }[]).map((r) => r.id);
    expect(await rounds(otherStaff)).toEqual([round.body.id]);
    expect(await rounds(harbinStaff)).not.toContain(round.body.id);
    const hall = (await units(otherStaff)).find((u) => u.name === '市政务服务中心') as { id: number };
    const open = await otherStaff.post('/api/inspections/rounds', { kind: 'open', title: '公开检查', startsOn: '2013-06-03', endsOn: '2013-06-04', unitIds: [hall.id], memberIds: [] });
    expect(open.status).toBe(400);
    expect(open.body.errors).toEqual([{ path: 'kind', message: 'open inspections are not in the plan' }]);
    const late = await otherStaff.post('/api/inspections/rounds', { kind: 'covert', title: '暗访', startsOn: '2026-06-03', endsOn: '2026-06-04', unitIds: [hall.id], memberIds: [] });
    expect(late.status).toBe(400);
    expect(late.body.errors.map((e: { path: string }) => e.path)).toEqual(['startsOn', 'endsOn']);
    const visit = await otherStaff.post('/api/inspections/rounds', { kind: 'covert', title: '暗访政务大厅', startsOn: '2013-06-03', endsOn: '2013-06-04', unitIds: [hall.id], memberIds: [] });
    expect(visit.status).toBe(201);
    const inspections = async (c: Client) => ((await c.get('/api/inspections/rounds')).body.items as { id: number }[]).map((r) => r.id);
    expect(await inspections(otherStaff)).toContain(visit.body.id);
    expect(await inspections(harbinStaff)).not.toContain(visit.body.id);
    // A liaison of the other city is told of its case there; the notice shows only while that campaign is looked at.
    const liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市地税局', campaign: OTHER }));
    const taxes = (await units(otherStaff)).find((u) => u.name === '市地税局') as { id: number };
    const filed = await otherStaff.post('/api/cases', { channel: 'letter', detail: {}, unitId: taxes.id, category: 'inaction', title: '地税窗口不作为', body: '地税窗口不作为。' });
    await otherStaff.post(`/api/cases/${filed.body.id}/accept`, {});
    expect((await otherStaff.post(`/api/cases/${filed.body.id}/assign`, { unitId: taxes.id })).status).toBe(200);
    expect((await liaison.get('/api/notifications/unread-count')).body.unread).toBe(1);
    expect(await codes(liaison)).toEqual([filed.body.code]);
    expect((await otherStaff.get('/api/notifications/unread-count')).status).toBe(200);
  });

  it('lets a user choose among the campaigns they may see, remembered; a liaison sees only its city’s', async () => {
    const list = async (c: Client) => (await c.get('/api/campaigns')).body as { code: string; viewing: boolean; isCurrent: boolean; ended: boolean }[];
    expect((await list(harbinStaff)).filter((c) => c.viewing).map((c) => c.code)).toEqual(['harbin-2011']);
    expect((await list(otherStaff)).filter((c) => c.viewing).map((c) => c.code)).toEqual([OTHER]);
    const liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市环保局', campaign: OTHER }));
    expect((await list(liaison)).map((c) => c.code)).toEqual([OTHER]);
    expect((await liaison.put('/api/campaigns/viewing', { code: 'harbin-2011' })).status).toBe(404);
    expect((await liaison.get('/api/plan')).body.campaign.code).toBe(OTHER);
    expect((await liaison.get('/api/plan?campaign=harbin-2011')).status).toBe(404);
    // A Harbin liaison of a unit both plans name sees none of the other city's cases.
    const harbinLiaison = t.client();
    await harbinLiaison.login(await t.user('unit_liaison', { unit: '市环保局' }));
    expect((await list(harbinLiaison)).map((c) => c.code)).toEqual(['harbin-2011']);
    expect(await codes(harbinLiaison)).not.toContain(otherCase.code);
    // The 2013 campaign has ended: it says so.
    expect((await otherStaff.get('/api/plan')).body.campaign).toMatchObject({ code: OTHER, ended: true, closed: false, isCurrent: false, shortName: '作风整顿年' });
  });

  it('serves the public the current campaign only: portal, Open311 and public intake', async () => {
    const services = async () => ((await anon().get('/open311/v2/services.json')).body as { service_code: string }[]).map((s) => s.service_code);
    expect(await services()).toContain('graft');
    expect((await anon().get(`/open311/v2/requests/${otherCase.code}.json`)).status).toBe(404);
    expect((await anon().get('/api/public/plan')).body.campaign.code).toBe('harbin-2011');
    // A signed-in user's choice does not change what the public routes serve.
    expect((await otherStaff.get('/api/public/plan')).body.campaign.code).toBe('harbin-2011');
    // Harbin's staff chose Harbin's campaign; a user who never chose looks at the current one.
    await harbinStaff.put('/api/campaigns/viewing', { code: 'harbin-2011' });
    const undecided = t.client();
    await undecided.login(await t.user('leader'));
    expect((await admin.post(`/api/campaigns/${OTHER}/current`)).status).toBe(204);
    try {
      expect((await undecided.get('/api/plan')).body.campaign.code).toBe(OTHER);
      expect(await services()).toEqual(['slow_approval', 'arbitrary_fees', 'inaction', 'favours', 'rudeness']);
      const filed = await anon().post('/api/public/cases', { anonymous: true, category: 'rudeness', title: '窗口态度生硬', body: '窗口工作人员态度生硬。' });
      expect(filed.status).toBe(201);
      expect(filed.body.code).toMatch(/^ZF2013-\d{6}$/);
      expect((await anon().get(`/open311/v2/requests/${filed.body.code}.json`)).status).toBe(200);
      const listed = ((await anon().get('/open311/v2/requests.json')).body as { service_request_id: string }[]).map((r) => r.service_request_id);
      expect(listed.every((code) => code.startsWith('ZF2013-'))).toBe(true);
      expect((await anon().get('/api/public/plan')).body.campaign.code).toBe(OTHER);
      // Harbin's staff still look at Harbin's campaign, current or not.
      expect((await harbinStaff.get('/api/plan')).body.campaign.code).toBe('harbin-2011');
    } finally {
      await admin.post('/api/campaigns/harbin-2011/current');
    }
  });

  it('makes a closed campaign read-only but for the office administrator’s corrections', async () => {
    expect((await admin.put(`/api/campaigns/${OTHER}/closed`, { closed: true })).status).toBe(204);
    try {
      const refused = await otherStaff.post('/api/cases', { channel: 'letter', detail: {}, category: 'favours', title: '关闭后来信', body: '关闭后来信。' });
      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/#campaign_closed$/);
      expect((await otherStaff.post(`/api/cases/${otherCase.id}/remind`, {})).status).toBe(409);
      // Reading goes on.
      expect((await otherStaff.get(`/api/cases/${otherCase.id}`)).status).toBe(200);
      expect((await otherStaff.get('/api/plan')).body.campaign.closed).toBe(true);
      // The administrator may still correct.
      await admin.put('/api/campaigns/viewing', { code: OTHER });
      const correction = await admin.post('/api/cases', { channel: 'letter', detail: {}, category: 'favours', title: '补录来信', body: '补录关闭前收到的来信。' });
      expect(correction.status).toBe(201);
    } finally {
      expect((await admin.put(`/api/campaigns/${OTHER}/closed`, { closed: false })).status).toBe(204);
      await admin.put('/api/campaigns/viewing', { code: 'harbin-2011' });
    }
  });

  it('records accountability only with the outcomes the campaign’s plan provides for', async () => {
    const c = await otherStaff.post('/api/cases', { channel: 'letter', detail: {}, category: 'favours', title: '吃请', body: '吃请受礼。' });
    const unit = (await units(otherStaff)).find((u) => u.name === '市住建局') as { id: number };
    await otherStaff.post(`/api/cases/${c.body.id}/accept`, {});
    await otherStaff.post(`/api/cases/${c.body.id}/assign`, { unitId: unit.id });
    const liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市住建局', campaign: OTHER }));
    expect((await liaison.post(`/api/cases/${c.body.id}/respond`, { findings: '属实', measures: '已处理', substantiated: 'yes' })).status).toBe(200);
    const decision = { targetKind: 'person', personName: '某某', outcome: 'media_exposure', decisionDate: '2013-09-01', documentNo: '作风办〔2013〕1号', decidedBy: '市纪委' };
    const refused = await otherStaff.post(`/api/cases/${c.body.id}/accountability`, decision);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: 'outcome', message: 'must be one of admonition_talk, circulated_criticism' }]);
    expect((await otherStaff.post(`/api/cases/${c.body.id}/accountability`, { ...decision, outcome: 'admonition_talk' })).status).toBe(201);
  });

  it('keeps every other list of a campaign to itself: evaluators, comments, results, publications, rankings, satisfaction, deadlines, projects', async () => {
    // Harbin's office has an evaluator, a deadline rule and its projects; the other campaign has none of them.
    expect((await harbinStaff.post('/api/evaluations/evaluators', { panel: 'enterprise', name: '哈市企业代表', organisation: '某企业' })).status).toBe(201);
    const harbinAdmin = admin;
    await harbinAdmin.put('/api/campaigns/viewing', { code: 'harbin-2011' });
    expect((await harbinAdmin.put('/api/deadline-rules', { channel: 'letter', category: null, workdays: 10 })).status).toBe(204);
    const names = (body: { items: { name: string }[] }) => body.items.map((e) => e.name);
    expect(names((await harbinStaff.get('/api/evaluations/evaluators')).body)).toContain('哈市企业代表');
    expect(names((await otherStaff.get('/api/evaluations/evaluators')).body)).toEqual([]);
    expect((await otherStaff.get('/api/evaluations/comments')).body.items).toEqual([]);
    expect((await otherStaff.get('/api/evaluations/publications')).body.items).toEqual([]);
    const results = (await otherStaff.get('/api/evaluations/results?period=2013H2')).body as { units: { unitId: number }[] };
    const otherUnitIds = new Set((await units(otherStaff)).map((u) => u.id));
    expect(results.units.every((u) => otherUnitIds.has(u.unitId))).toBe(true);
    expect((await otherStaff.get('/api/deadline-rules')).body.rules).toEqual([]);
    expect((await harbinStaff.get('/api/deadline-rules')).body.rules).toHaveLength(1);
    const projects = ((await otherStaff.get('/api/projects')).body as { name: string }[]).map((p) => p.name);
    expect(projects).toEqual(['重型装备制造基地扩建项目', '南站综合交通枢纽项目', '嫩江湿地生态修复工程']);
    const satisfaction = (await otherStaff.get('/api/cases/satisfaction')).body as { unitId: number }[];
    expect(satisfaction.every((s) => otherUnitIds.has(s.unitId))).toBe(true);
    expect((await anon().get('/api/public/rankings')).status).toBe(200);
  });
});
