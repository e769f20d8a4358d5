import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../src/core/calendar/workdays.js';
import { auditLog, notifications } from '../../src/core/db/tables.js';
import { runSelfInspectionJob } from '../../src/modules/self-inspections/jobs.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

const day = (offset: number) => chinaDay(new Date(Date.now() + offset * 86_400_000));

const rectification = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  category: 'cold_attitude',
  description: '窗口工作人员接待群众态度生硬',
  measure: '开展文明服务培训，推行首问负责制',
  responsible: '办公室主任 张三',
  deadline: day(20),
  status: 'in_progress',
  ...extra,
});

describe(`self-inspection and rectification (${engine})`, () => {
  let t: TestApp;
  let office: Client;
  let leader: Client;
  let liaison: Client;
  let parentLiaison: Client;
  let otherLiaison: Client;
  let inspector: Client;
  const unit: Record<string, number> = {};
  let requestId: number;
  let reportId: number;

  beforeAll(async () => {
    t = await startTestApp();
    const all = (await t.client().get('/api/units')).body as { id: number; name: string }[];
    for (const name of ['市环保局', '市环保局环评处', '市公安局']) unit[name] = all.find((u) => u.name === name)?.id as number;
    office = t.client();
    await office.login(await t.user('office_staff'));
    leader = t.client();
    await leader.login(await t.user('leader'));
    liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市环保局环评处' }));
    parentLiaison = t.client();
    await parentLiaison.login(await t.user('unit_liaison', { unit: '市环保局' }));
    otherLiaison = t.client();
    await otherLiaison.login(await t.user('unit_liaison', { unit: '市公安局' }));
    inspector = t.client();
    await inspector.login(await t.user('inspector'));
  });
  afterAll(() => t.close());

  it('asks units for a report by a due day within the campaign, naming the field of bad input', async () => {
    const outside = await office.post('/api/self-inspections/requests', { kind: 'self_inspection', title: '自查报告', dueDate: '2001-01-01', unitIds: [unit['市环保局环评处']] });
    expect([outside.status, outside.body.errors?.[0]?.path]).toEqual([400, 'dueDate']);
    const unknown = await office.post('/api/self-inspections/requests', { kind: 'self_inspection', title: '自查报告', dueDate: day(10), unitIds: [unit['市公安局'], 987654] });
    expect([unknown.status, unknown.body.errors?.[0]?.path]).toEqual([400, 'unitIds[1]']);
    const badKind = await office.post('/api/self-inspections/requests', { kind: 'essay', title: '自查报告', dueDate: day(10) });
    expect(badKind.status).toBe(400);
    expect((await liaison.post('/api/self-inspections/requests', { kind: 'self_inspection', title: 'x', dueDate: day(10) })).status).toBe(403);

    const all = await office.post('/api/self-inspections/requests', { kind: 'summary', title: '年度工作总结', dueDate: day(30) });
    expect(all.status).toBe(201);
    const everyMonitored = await office.get(`/api/self-inspections/requests/${all.body.id}`);
    expect(everyMonitored.body.reports.length).toBeGreaterThan(10);

    const asked = await office.post('/api/self-inspections/requests', { kind: 'self_inspection', title: '启动阶段自查报告', dueDate: day(-1), unitIds: [unit['市环保局环评处'], unit['市公安局']], instructions: '对照八个突出问题逐项自查' });
    expect(asked.status).toBe(201);
    requestId = asked.body.id;
  });

  it('shows each reader only the reports it may see; the request is late for every unit that has not submitted', async () => {
    const detail = (await office.get(`/api/self-inspections/requests/${requestId}`)).body;
    expect(detail.reports.map((r: { unitName: string }) => r.unitName).sort()).toEqual(['市公安局', '市环保局环评处'].sort());
    expect(detail.progress).toEqual({ total: 2, byStatus: { open: 2 }, late: 2 });
    expect((await leader.get(`/api/self-inspections/requests/${requestId}`)).status).toBe(200);

    const own = (await liaison.get(`/api/self-inspections/requests/${requestId}`)).body;
    expect(own.reports.map((r: { unitName: string }) => r.unitName)).toEqual(['市环保局环评处']);
    reportId = own.reports[0].id;
    // The parent unit's liaison sees its sub-unit's report, read only.
    expect((await parentLiaison.get(`/api/self-inspections/requests/${requestId}`)).body.reports).toHaveLength(1);
    expect((await parentLiaison.get(`/api/self-inspections/reports/${reportId}`)).body.canEdit).toBe(false);
    // Another unit's liaison cannot learn the report exists; an inspector has no part in it.
    expect((await otherLiaison.get(`/api/self-inspections/reports/${reportId}`)).status).toBe(404);
    expect((await inspector.get('/api/self-inspections/requests')).status).toBe(403);
    const listed = (await liaison.get('/api/self-inspections/requests')).body.items as { id: number; progress: { total: number } }[];
    expect(listed.find((r) => r.id === requestId)?.progress.total).toBe(1);
  });

  it('saves drafts with revisions; a save over a newer one is refused; only the unit’s own liaison writes', async () => {
    const report = (await liaison.get(`/api/self-inspections/reports/${reportId}`)).body;
    expect(report).toMatchObject({ status: 'open', revision: 0, canEdit: true, canReview: false });
    const content = { rectifications: [rectification('r1'), rectification('r2', { status: 'done', deadline: day(-3) })], institutions: [{ key: 'i1', name: '首问负责制度', documentNo: '环评〔2011〕3号', issuedOn: day(-2) }], trainings: [{ key: 't1', heldOn: day(-5), topic: '文明服务', attendance: 40 }], summary: '' };
    const saved = await liaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content, revision: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(1);
    // A draft is the unit's own: the office and the parent unit's liaison read nothing until it is submitted.
    expect((await office.get(`/api/self-inspections/reports/${reportId}`)).body.content).toEqual({ rectifications: [], institutions: [], trainings: [], summary: '' });
    expect((await parentLiaison.get(`/api/self-inspections/reports/${reportId}`)).body.content.rectifications).toEqual([]);
    const stale = await liaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content, revision: 0 });
    expect([stale.status, stale.body.type]).toEqual([409, 'about:blank#report_changed']);
    expect((await parentLiaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content, revision: 1 })).status).toBe(404);
    expect((await office.put(`/api/self-inspections/reports/${reportId}/draft`, { content, revision: 1 })).status).toBe(403);
    const bad = await liaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content: { ...content, rectifications: [{ ...rectification('r1'), deadline: '2011-02-30' }] }, revision: 1 });
    expect(bad.status).toBe(400);
  });

  it('refuses to submit what does not hold, naming each item’s field', async () => {
    const submit = await liaison.post(`/api/self-inspections/reports/${reportId}/submit`, { revision: 1 });
    expect(submit.status).toBe(400);
    // The done rectification has no evidence yet.
    expect(submit.body.errors).toEqual([{ path: 'content.rectifications[1].evidence', message: 'is required once the rectification is done' }]);
    const report = (await liaison.get(`/api/self-inspections/reports/${reportId}`)).body;
    expect(report.states).toEqual({ r1: 'in_progress', r2: 'done' });
    const unknownCategory = { ...report.content, rectifications: [rectification('r1', { category: 'no_such_problem' }), rectification('r2', { status: 'done', deadline: day(-3), evidence: '培训签到表' })] };
    await liaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content: unknownCategory, revision: 1 });
    const refused = await liaison.post(`/api/self-inspections/reports/${reportId}/submit`, { revision: 2 });
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['content.rectifications[0].category']);
    const fixed = { ...unknownCategory, rectifications: [rectification('r1'), unknownCategory.rectifications[1]] };
    expect((await liaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content: fixed, revision: 2 })).status).toBe(200);
  });

  it('submits, is returned with a comment on one item, resubmits, and is accepted; every version stays readable', async () => {
    const submitted = await liaison.post(`/api/self-inspections/reports/${reportId}/submit`, { revision: 3 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', canEdit: false, late: true, rectifications: { done: 1, inProgress: 1, planned: 0, overdue: 0 } });
    expect((await liaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content: submitted.body.content, revision: submitted.body.revision })).body.type).toBe('about:blank#report_not_editable');

    expect((await liaison.post(`/api/self-inspections/reports/${reportId}/review`, { decision: 'accept' })).status).toBe(403);
    const noReason = await office.post(`/api/self-inspections/reports/${reportId}/review`, { decision: 'return' });
    expect([noReason.status, noReason.body.errors[0].path]).toEqual([400, 'comment']);
    const failNotSummary = await office.post(`/api/self-inspections/reports/${reportId}/review`, { decision: 'fail', comment: '不合格' });
    expect(failNotSummary.body.errors[0].path).toBe('decision');
    const notAnItem = await office.post(`/api/self-inspections/reports/${reportId}/review`, { decision: 'return', itemComments: { zz: '?' } });
    expect(notAnItem.body.errors[0].path).toBe('itemComments.zz');
    const returned = await office.post(`/api/self-inspections/reports/${reportId}/review`, { decision: 'return', comment: '请补充整改时限依据', itemComments: { r1: '整改措施过于笼统，请细化' } });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');

    const back = (await liaison.get(`/api/self-inspections/reports/${reportId}`)).body;
    expect(back).toMatchObject({ status: 'returned', canEdit: true, lastReview: { decision: 'return', comment: '请补充整改时限依据', itemComments: { r1: '整改措施过于笼统，请细化' } } });
    const corrected = { ...back.content, rectifications: [{ ...back.content.rectifications[0], measure: '每月开展一次文明服务培训，窗口实行首问负责和服务评价' }, back.content.rectifications[1]] };
    const saved = await liaison.put(`/api/self-inspections/reports/${reportId}/draft`, { content: corrected, revision: back.revision });
    expect((await liaison.post(`/api/self-inspections/reports/${reportId}/submit`, { revision: saved.body.revision })).body.status).toBe('submitted');
    expect((await office.post(`/api/self-inspections/reports/${reportId}/review`, { decision: 'accept', score: 90 })).body.errors[0].path).toBe('score');
    const accepted = await office.post(`/api/self-inspections/reports/${reportId}/review`, { decision: 'accept', comment: '整改到位' });
    expect(accepted.body).toMatchObject({ status: 'accepted', canReview: false, canEdit: false });
    expect(accepted.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

    const first = (await parentLiaison.get(`/api/self-inspections/reports/${reportId}/versions/1`)).body;
    expect(first.content.rectifications[0].measure).toBe('开展文明服务培训，推行首问负责制');
    expect(first.review).toMatchObject({ decision: 'return', itemComments: { r1: '整改措施过于笼统，请细化' } });
    expect((await otherLiaison.get(`/api/self-inspections/reports/${reportId}/versions/1`)).status).toBe(404);
    expect((await office.get(`/api/self-inspections/reports/${reportId}/versions/3`)).status).toBe(404);

    const trail = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'self_inspection_report'), eq(auditLog.objectId, String(reportId))));
    expect(trail.map((r) => r.action).sort()).toEqual(['self_inspection.review', 'self_inspection.review', 'self_inspection.submit', 'self_inspection.submit'].sort());
    const progress = (await office.get(`/api/self-inspections/requests/${requestId}`)).body.progress;
    expect(progress).toEqual({ total: 2, byStatus: { accepted: 1, open: 1 }, late: 2 });
  });

  it('accepts a year-end summary with its score, or fails it', async () => {
    const asked = await office.post('/api/self-inspections/requests', { kind: 'summary', title: '年度总结', dueDate: day(5), unitIds: [unit['市环保局环评处']] });
    const id = (await liaison.get(`/api/self-inspections/requests/${asked.body.id}`)).body.reports[0].id as number;
    const saved = await liaison.put(`/api/self-inspections/reports/${id}/draft`, { content: { summary: '全年共完成整改 12 项，建立制度 3 项。' }, revision: 0 });
    expect(saved.status).toBe(200);
    const submitted = await liaison.post(`/api/self-inspections/reports/${id}/submit`, { revision: saved.body.revision });
    expect(submitted.body).toMatchObject({ status: 'submitted', late: false });
    expect((await office.post(`/api/self-inspections/reports/${id}/review`, { decision: 'accept' })).body.errors[0].path).toBe('score');
    const accepted = await office.post(`/api/self-inspections/reports/${id}/review`, { decision: 'accept', score: 92.5 });
    expect(accepted.body).toMatchObject({ status: 'accepted', lastReview: { score: 92.5 } });
  });

  it('works out an overdue rectification from its deadline', async () => {
    const asked = await office.post('/api/self-inspections/requests', { kind: 'rerectification', title: '再整改报告', dueDate: day(5), unitIds: [unit['市环保局环评处']] });
    const id = (await liaison.get(`/api/self-inspections/requests/${asked.body.id}`)).body.reports[0].id as number;
    const content = { rectifications: [rectification('late', { deadline: day(-1), status: 'planned' }), rectification('soon', { deadline: day(3) })] };
    const saved = await liaison.put(`/api/self-inspections/reports/${id}/draft`, { content, revision: 0 });
    expect(saved.body.states).toEqual({ late: 'overdue', soon: 'in_progress' });
    // The counts are of what was submitted: nothing yet.
    expect(saved.body.rectifications).toEqual({ done: 0, inProgress: 0, planned: 0, overdue: 0 });
    const submitted = await liaison.post(`/api/self-inspections/reports/${id}/submit`, { revision: saved.body.revision });
    expect(submitted.body.rectifications).toEqual({ done: 0, inProgress: 1, planned: 0, overdue: 1 });
  });

  it('files a submitted rectification not carried out as a case against the unit, once; not one reported done', async () => {
    const before = (await office.get(`/api/self-inspections/reports/${reportId}`)).body;
    expect(before.filedCases).toEqual({});
    expect((await liaison.post(`/api/self-inspections/reports/${reportId}/rectifications/r1/case`, {})).status).toBe(403);
    const done = await office.post(`/api/self-inspections/reports/${reportId}/rectifications/r2/case`, {});
    expect([done.status, done.body.type]).toEqual([409, 'about:blank#rectification_done']);
    expect((await office.post(`/api/self-inspections/reports/${reportId}/rectifications/nope/case`, {})).status).toBe(404);
    const filed = await office.post(`/api/self-inspections/reports/${reportId}/rectifications/r1/case`, {});
    expect(filed.status).toBe(201);
    expect((await office.post(`/api/self-inspections/reports/${reportId}/rectifications/r1/case`, {})).body).toEqual(filed.body);
    const c = (await office.get(`/api/cases/${filed.body.caseId}`)).body;
    expect(c).toMatchObject({ channel: 'self_inspection', unitName: '市环保局环评处', category: 'cold_attitude', hasReporter: false, channelDetail: { reportId, item: 'r1' } });
    expect(c.body).toContain('整改措施：每月开展一次文明服务培训');
    expect((await office.get(`/api/self-inspections/reports/${reportId}`)).body.filedCases).toEqual({ r1: filed.body });
    // The unit sees the case once it is assigned to it, not which of its items the office filed.
    expect((await liaison.get(`/api/self-inspections/reports/${reportId}`)).body.filedCases).toEqual({});
  });

  it('tells the units of reports asked, returned and accepted, and the office of reports submitted', async () => {
    const titles = async (c: Client) => ((await c.get('/api/notifications')).body.items as { title: string }[]).map((n) => n.title);
    expect(await titles(liaison)).toEqual(expect.arrayContaining(['报告要求：启动阶段自查报告，请于 ' + day(-1) + ' 前提交', '报告被退回修改：启动阶段自查报告', '报告已通过审核：启动阶段自查报告']));
    expect(await titles(office)).toContain('报告已提交：市环保局环评处 启动阶段自查报告');
    // A parent unit's liaison is not asked to write its sub-unit's report.
    expect((await titles(parentLiaison)).some((title) => title.includes('启动阶段自查报告'))).toBe(false);
  });

  it('reminds units of reports due soon, late, and rectifications overdue, once, however often and wherever the job runs', async () => {
    const soon = await office.post('/api/self-inspections/requests', { kind: 'other', title: '专项整改情况报告', dueDate: day(1), unitIds: [unit['市公安局']] });
    expect(soon.status).toBe(201);
    const asked = await office.post('/api/self-inspections/requests', { kind: 'rerectification', title: '举一反三再整改报告', dueDate: day(10), unitIds: [unit['市环保局环评处']] });
    const id = (await liaison.get(`/api/self-inspections/requests/${asked.body.id}`)).body.reports[0].id as number;
    const saved = await liaison.put(`/api/self-inspections/reports/${id}/draft`, { content: { rectifications: [rectification('past', { deadline: day(-2), status: 'planned' }), rectification('ok', { deadline: day(-2), status: 'done', evidence: '整改报告' })] }, revision: 0 });
    expect((await liaison.post(`/api/self-inspections/reports/${id}/submit`, { revision: saved.body.revision })).status).toBe(200);

    const runs = await Promise.all([runSelfInspectionJob(t.ctx.db), runSelfInspectionJob(t.ctx.db)]);
    const again = await runSelfInspectionJob(t.ctx.db);
    expect(again).toEqual({ dueSoon: 0, late: 0, overdue: 0 });
    expect(runs.reduce((n, r) => n + r.overdue, 0)).toBeGreaterThanOrEqual(1);
    const sent = async (prefix: string) => (await t.ctx.db.select().from(notifications).where(like(notifications.dedupeKey, `${prefix}%`))).length;
    // 市公安局's report of the first request is late; its new one is due tomorrow; 环评处 has one rectification overdue, not the one done.
    const policeReport = ((await office.get(`/api/self-inspections/requests/${requestId}`)).body.reports as { id: number; unitName: string }[]).find((r) => r.unitName === '市公安局')?.id;
    expect(await sent(`si-late:${policeReport}:`)).toBe(1);
    expect(await sent('si-due:')).toBe(1);
    expect(await sent(`si-rect:${id}:past:`)).toBe(1);
    expect(await sent(`si-rect:${id}:ok:`)).toBe(0);
    const police = ((await otherLiaison.get('/api/notifications')).body.items as { title: string }[]).map((n) => n.title);
    expect(police).toEqual(expect.arrayContaining([`报告逾期未交：启动阶段自查报告（应于 ${day(-1)} 前提交）`, `报告即将到期：专项整改情况报告，请于 ${day(1)} 前提交`]));
    const own = ((await liaison.get('/api/notifications')).body.items as { title: string; message: { params: { reportId: number } } }[]).find((n) => n.title.startsWith('整改逾期'));
    expect(own?.message.params.reportId).toBe(id);
  });

  it('exports a request’s progress as a workbook in the reader’s language; a liaison’s holds its own unit only', async () => {
    const book = async (c: Client, language: string) => {
      const res = await fetch(`${t.url}/api/self-inspections/requests/${requestId}/export.xlsx`, { headers: { cookie: c.cookie ?? '', 'accept-language': language } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      return workbook;
    };
    const values = (sheet: ExcelJS.Worksheet) => (sheet.getSheetValues().slice(1).filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    const zh = await book(office, 'zh-CN');
    expect(zh.worksheets.map((w) => w.name)).toEqual(['单位报告', '整改事项', '按问题类别']);
    const [header, ...units] = values(zh.worksheets[0]!);
    expect(header?.slice(0, 6)).toEqual(['单位', '单位类型', '状态', '首次提交时间', '最近提交时间', '逾期提交']);
    const own = units.find((r) => r[0] === '市环保局环评处');
    expect(own?.slice(1, 3)).toEqual(['关键部位', '已通过']);
    expect(own?.[3]).toBeInstanceOf(Date);
    expect(units.find((r) => r[0] === '市公安局')?.[2]).toBe('未提交');
    const [, ...items] = values(zh.worksheets[1]!);
    expect(items.map((r) => [r[0], r[1], r[6]])).toEqual([
      ['市环保局环评处', '对企业和群众态度冷漠', '整改中'],
      ['市环保局环评处', '对企业和群众态度冷漠', '已完成'],
    ]);
    expect(items[0]?.[5]).toBeInstanceOf(Date);
    expect(values(zh.worksheets[2]!)[1]?.slice(0, 3)).toEqual(['对企业和群众态度冷漠', 2, 1]);
    const en = await book(office, 'en');
    expect(values(en.worksheets[0]!)[0]?.slice(0, 3)).toEqual(['Unit', 'Unit kind', 'Status']);
    const mine = values((await book(otherLiaison, 'zh-CN')).worksheets[0]!).slice(1);
    expect(mine.map((r) => r[0])).toEqual(['市公安局']);
  });
});
