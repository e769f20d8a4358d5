import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, isNull, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { sealPending } from '../../src/core/audit/sealer.js';
import { verifyChain } from '../../src/core/audit/verify.js';
import { auditLog, campaigns, units } from '../../src/core/db/tables.js';
import { exportTrail } from '../../src/modules/audit-trail/export.js';
import { labelRows, type TrailRow } from '../../src/modules/audit-trail/store.js';
import { evaluationRounds, evaluators } from '../../src/modules/evaluations/tables.js';
import { inspectionRounds } from '../../src/modules/inspections/tables.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

describe(`audit trail (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * Seals what is pending. The app's own sealer, woken by each change, may hold the sealing lock
   * at that moment (sealPending then leaves the rows to it): wait until nothing is left unsealed.
   */
  const seal = async () => {
    for (let i = 0; i < 100; i++) {
      await sealPending(t.ctx.db, t.config.auditKey);
      const [left] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(isNull(auditLog.seq));
      if ((left?.n ?? 0) === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('records changes and sign-ins with who, what, outcome and request id, and chains them', async () => {
    const staff = await t.user('office_staff');
    const c = t.client();
    const res = await c.login(staff);
    await c.post('/api/auth/login', { username: staff.username, password: 'not-the-password' });
    await seal();
    const rows = await t.ctx.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const login = rows.find((r) => r.action === 'auth.login' && r.outcome === 'success' && r.username === staff.username);
    expect(login).toMatchObject({ userId: staff.id, objectType: 'user', objectId: String(staff.id), requestId: res.headers.get('x-request-id') });
    expect(rows.some((r) => r.action === 'auth.login' && r.outcome === 'failure' && r.username === staff.username)).toBe(true);
    expect(rows.every((r, i) => r.seq === i + 1 && r.mac !== null)).toBe(true);
    expect(await verifyChain(t.ctx.db, t.config.auditKey)).toMatchObject({ ok: true, firstBroken: null, unsealed: 0 });
  });

  it('seals rows written concurrently, each exactly once, in one unbroken chain', async () => {
    const staff = await Promise.all(Array.from({ length: 4 }, () => t.user('office_staff')));
    await Promise.all(
      staff.flatMap((u) => Array.from({ length: 5 }, () => t.client().post('/api/auth/login', { username: u.username, password: 'wrong-password-x' }))),
    );
    await Promise.all([seal(), seal(), seal()]);
    await seal();
    expect(await t.ctx.db.select().from(auditLog).where(isNull(auditLog.seq))).toHaveLength(0);
    const seqs = (await t.ctx.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(asc(auditLog.seq))).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await verifyChain(t.ctx.db, t.config.auditKey)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows from the application', async () => {
    await seal();
    await expect(t.ctx.db.execute(sql`update audit_log set outcome = 'success' where id = 1`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`update audit_log set mac = 'x' where id = 1`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from audit_log where id = 1`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await verifyChain(t.ctx.db, t.config.auditKey)).ok).toBe(true);
  });

  it('lets the auditor list, filter and verify the trail through the API, and audits that reading', async () => {
    const auditor = await t.user('auditor');
    const c = t.client();
    await c.login(auditor);
    await seal();
    const failures = await c.get('/api/audit?action=auth.login&outcome=failure&limit=5');
    expect(failures.status).toBe(200);
    expect(failures.body.items).toHaveLength(5);
    expect(failures.body.items.every((r: { outcome: string }) => r.outcome === 'failure')).toBe(true);
    const next = await c.get(`/api/audit?action=auth.login&outcome=failure&limit=5&cursor=${failures.body.nextCursor}`);
    expect(next.body.items[0].id).toBeLessThan(failures.body.items[4].id);
    expect((await c.get('/api/audit?from=yesterday')).body.errors[0].path).toBe('querystring.from');
    const verify = await c.get('/api/audit/verify');
    expect(verify.body).toMatchObject({ ok: true, firstBroken: null });
    await seal();
    const reads = await c.get(`/api/audit?action=audit.query&username=${auditor.username}`);
    // the two successful queries above; the refused one read nothing
    expect(reads.body.items).toHaveLength(2);
  });

  describe('in words', () => {
    let auditor: Client;
    let staffName: string;
    let staffUsername: string;
    let adminName: string;
    let caseId: number;
    let caseCode: string;
    const reporter = { name: '韩梅梅', phone: '13912345678', idNumber: '11010519491231002X' };

    /** The workbook of the export, read back, in the language asked. */
    const workbook = async (query: string, language: string) => {
      const res = await fetch(`${t.url}/api/audit/export.xlsx${query}`, { headers: { cookie: auditor.cookie ?? '', 'accept-language': language } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const rows = sheet.getSheetValues().slice(2).filter(Boolean) as unknown[][];
      return { sheet, header, rows: rows.map((r) => r.slice(1)) };
    };

    beforeAll(async () => {
      const admin = await t.user('office_admin');
      const staff = await t.user('office_staff');
      staffUsername = staff.username;
      const a = t.client();
      await a.login(admin);
      // The office administrator gives both accounts a name people use.
      adminName = '周管理';
      staffName = '李文书';
      expect((await a.patch(`/api/users/${admin.id}`, { displayName: adminName })).status).toBe(200);
      expect((await a.patch(`/api/users/${staff.id}`, { displayName: staffName })).status).toBe(200);

      const s = t.client();
      await s.login(staff);
      const filed = await s.post('/api/cases', {
        channel: 'hotline',
        detail: { line: 'line2', callTime: new Date(Date.now() - 3_600_000).toISOString() },
        reporter,
        category: 'cold_attitude',
        title: '窗口人员态度生硬',
        body: '办事窗口工作人员态度生硬，一次告知不到位。',
      });
      expect(filed.status).toBe(201);
      caseId = filed.body.id;
      caseCode = filed.body.code;
      expect((await s.get(`/api/cases/${caseId}`)).status).toBe(200);
      expect((await s.get(`/api/cases/${caseId}/reporter`)).status).toBe(200);

      auditor = t.client();
      await auditor.login(await t.user('auditor'));
    });

    it('names who acted and the object: a case by its number, a user by their name; never the reporter', async () => {
      const views = await auditor.get(`/api/audit?action=case.reporter_view&objectId=${caseId}`);
      expect(views.status).toBe(200);
      expect(views.body.items).toHaveLength(1);
      expect(views.body.items[0]).toMatchObject({ username: staffUsername, actorName: staffName, objectType: 'case', objectId: String(caseId), objectLabel: caseCode });

      const renamed = await auditor.get(`/api/audit?action=user.update&username=${encodeURIComponent(adminName)}`);
      const staffRename = renamed.body.items.find((e: { detail: { displayName?: string } }) => e.detail?.displayName === staffName);
      expect(staffRename).toMatchObject({ actorName: adminName, objectType: 'user', objectLabel: staffName });

      // Everything the trail says about the case, its filing included: not a word of who reported it.
      const all = await auditor.get(`/api/audit?objectId=${caseCode}&limit=500`);
      expect(all.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['case.create', 'case.reporter_view', 'case.view']);
      const text = JSON.stringify(all.body);
      for (const v of Object.values(reporter)) expect(text).not.toContain(v);
      // The system has no name of its own; a row of nobody's names no one.
      const system = await auditor.get('/api/audit?username=system&limit=1');
      for (const e of system.body.items) expect(e.actorName).toBeNull();
    });

    it('filters by action, by case number, by a display name, and by object type', async () => {
      const byAction = await auditor.get('/api/audit?action=case.view');
      expect(byAction.body.items.length).toBeGreaterThan(0);
      expect(byAction.body.items.every((e: { action: string }) => e.action === 'case.view')).toBe(true);

      // A case number typed as the object means that case (in any case of letters).
      const byCode = await auditor.get(`/api/audit?objectId=${caseCode.toLowerCase()}&objectType=case`);
      expect(byCode.body.items.length).toBe(3);
      expect(byCode.body.items.every((e: { objectId: string; objectLabel: string }) => e.objectId === String(caseId) && e.objectLabel === caseCode)).toBe(true);
      expect((await auditor.get('/api/audit?objectId=ZF1999-000001')).body.items).toEqual([]);

      const byName = await auditor.get(`/api/audit?username=${encodeURIComponent(staffName)}`);
      expect(byName.body.items.length).toBeGreaterThanOrEqual(4); // sign-in, filing, two views
      expect(byName.body.items.every((e: { username: string; actorName: string }) => e.username === staffUsername && e.actorName === staffName)).toBe(true);
      const byUsername = await auditor.get(`/api/audit?username=${staffUsername.toUpperCase()}`);
      expect(byUsername.body.items.map((e: { id: number }) => e.id)).toEqual(byName.body.items.map((e: { id: number }) => e.id));

      const users = await auditor.get('/api/audit?objectType=user&action=user.update');
      expect(users.body.items.length).toBeGreaterThanOrEqual(2);
      expect(users.body.items.every((e: { objectType: string }) => e.objectType === 'user')).toBe(true);
    });

    it('serves the catalogue of actions by area, and only to the auditor', async () => {
      const catalogue = await auditor.get('/api/audit/actions');
      expect(catalogue.status).toBe(200);
      const areas = catalogue.body.areas as { area: string; actions: string[] }[];
      expect(areas.find((a) => a.area === 'case')?.actions).toEqual(expect.arrayContaining(['case.reporter_view', 'case.assign', 'case.create']));
      expect(areas.find((a) => a.area === 'audit')?.actions).toContain('audit.export');
      expect(catalogue.body.objectTypes).toEqual(expect.arrayContaining(['case', 'unit', 'user']));
      const staff = t.client();
      await staff.login(await t.user('office_staff'));
      expect((await staff.get('/api/audit/actions')).status).toBe(403);
    });

    it('refuses a bad filter with a problem naming the field', async () => {
      const cases: [string, string][] = [
        ['action=DROP%20TABLE%20cases', 'querystring.action'],
        ['action=case', 'querystring.action'],
        [`username=${'x'.repeat(101)}`, 'querystring.username'],
        ['objectType=Case;', 'querystring.objectType'],
        [`objectId=${'9'.repeat(41)}`, 'querystring.objectId'],
        ['objectId=..%2Fetc', 'querystring.objectId'],
        ['outcome=maybe', 'querystring.outcome'],
        ['to=2011-13-01', 'querystring.to'],
        ['limit=501', 'querystring.limit'],
        ['bogus=1', 'querystring'],
      ];
      for (const [query, field] of cases) {
        const res = await auditor.get(`/api/audit?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.headers.get('content-type'), query).toContain('application/problem+json');
        expect(res.body.errors.map((e: { path: string }) => e.path), query).toContain(field);
      }
      const exported = await auditor.get('/api/audit/export.xlsx?action=case');
      expect(exported.status).toBe(400);
      expect(exported.body.errors[0].path).toBe('querystring.action');
    });

    it('exports the filtered trail in words of the reader’s language, times as dates in China Standard Time', async () => {
      const listed = (await auditor.get(`/api/audit?objectId=${caseCode}`)).body.items as { ts: string; action: string }[];
      const zh = await workbook(`?objectId=${caseCode}`, 'zh-CN,zh;q=0.9');
      expect(zh.header).toEqual(['时间（北京时间）', '操作人', '用户名', '操作', '操作代码', '对象', '结果', '详情', '请求编号', '链序号']);
      expect(zh.rows).toHaveLength(3);
      const view = zh.rows.find((r) => r[4] === 'case.reporter_view')!;
      expect(view.slice(1, 7)).toEqual([staffName, staffUsername, '查看了反映人身份', 'case.reporter_view', `案件 ${caseCode}`, '成功']);
      const time = view[0];
      expect(time).toBeInstanceOf(Date);
      const at = Date.parse(listed.find((e) => e.action === 'case.reporter_view')!.ts);
      expect(Math.abs((time as Date).getTime() - (at + 8 * 3600_000))).toBeLessThan(1000);
      expect(zh.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(zh.sheet.getColumn(8).width).toBeGreaterThan(30);
      const created = zh.rows.find((r) => r[4] === 'case.create')!;
      expect(created[7]).toContain(`编号: ${caseCode}`);
      expect(created[7]).toContain('渠道: 政风专线');

      const en = await workbook(`?objectId=${caseCode}`, 'en-US,en;q=0.9');
      expect(en.header).toEqual(['Time (China Standard Time)', 'Who', 'Username', 'Action', 'Action code', 'Object', 'Outcome', 'Detail', 'Request ID', 'Chain no.']);
      const enView = en.rows.find((r) => r[4] === 'case.reporter_view')!;
      expect(enView.slice(3, 7)).toEqual(["Viewed the reporter's identity", 'case.reporter_view', `Case ${caseCode}`, 'Success']);
      for (const v of Object.values(reporter)) expect(JSON.stringify([zh.rows, en.rows])).not.toContain(v);

      // The export itself is on the trail, with its filters.
      await seal();
      const trace = await auditor.get('/api/audit?action=audit.export&limit=5');
      expect(trace.body.items[0]).toMatchObject({ action: 'audit.export', objectType: 'audit_log', detail: { filters: { objectId: caseCode }, rows: 3, truncated: false } });
    });

    it('names every kind of object in one statement, and never an evaluation invitation or answer', async () => {
      const [campaign] = await t.ctx.db.select().from(campaigns).limit(1);
      const [unit] = await t.ctx.db.select().from(units).limit(1);
      if (!campaign || !unit) throw new Error('no campaign or unit');
      const day = new Date().toISOString().slice(0, 10);
      const [round] = await t.ctx.db.insert(evaluationRounds).values({ campaignId: campaign.id, panel: 'enterprise', period: '2011Q3', opensOn: day, closesOn: day, unitIds: [unit.id] }).returning();
      const [inspection] = await t.ctx.db
        .insert(inspectionRounds)
        .values({ campaignId: campaign.id, kind: 'covert', title: '窗口作风暗访', startsOn: day, endsOn: day, unitIds: [unit.id], memberIds: [] })
        .returning();
      const [evaluator] = await t.ctx.db.insert(evaluators).values({ campaignId: campaign.id, panel: 'enterprise', name: '赵企业', organisation: '某公司' }).returning();
      const row = (objectType: string | null, objectId: string | null, action = 'x.y', detail: unknown = null): TrailRow => ({
        id: 0, ts: new Date(), userId: null, username: null, action, objectType, objectId, outcome: 'success', requestId: null, detail, seq: null, mac: null, sealedAt: null, imac: null, actorName: null,
      });
      const named = await labelRows(t.ctx.db, [
        row('unit', String(unit.id)),
        row('campaign', String(campaign.id)),
        row('evaluation_round', String(round!.id)),
        row('inspection_round', String(inspection!.id)),
        row('evaluator', String(evaluator!.id)),
        row('case', String(caseId)),
        row('calendar_day', '2011-10-08'),
        row('evaluation_answer', '1'),
        row('evaluation_invitation', '1'),
        row('unit', '2147483648'),
        row('unit', '-1'),
        row('case', '9007199254740993'),
        row('unit', String(unit.id), 'unit.merge', { into: unit.id, reason: '机构改革' }),
        row('inspection_round', String(inspection!.id), 'inspection.finding_record', { roundId: inspection!.id, unitId: unit.id, category: 'x' }),
        row(null, null),
      ]);
      expect(named.map((e) => e.objectLabel)).toEqual([
        unit.name, campaign.name, '百家企业评政风 2011Q3', '窗口作风暗访', '赵企业', caseCode, '2011-10-08', null, null, null, null, null, unit.name, '窗口作风暗访', null,
      ]);
      expect(named[12]!.detailLabels).toEqual({ into: unit.name });
      expect(named[13]!.detailLabels).toEqual({ roundId: '窗口作风暗访', unitId: unit.name });
    });

    it('cuts a long export at its limit and says so in a last row', async () => {
      const cut = await exportTrail(t.ctx.db, { username: staffUsername }, 'zh-CN', 2);
      expect(cut).toMatchObject({ rows: 2, truncated: true });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(cut.buffer as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.rowCount).toBe(4);
      expect(String(sheet.getRow(4).getCell(1).value)).toContain('仅导出了符合条件的最新 2 条记录');
      const whole = await exportTrail(t.ctx.db, { objectId: caseCode }, 'en', 3);
      expect(whole).toMatchObject({ rows: 3, truncated: false });
    });

    it('refuses the export to everyone but the auditor', async () => {
      for (const role of ['office_admin', 'office_staff', 'leader'] as const) {
        const c = t.client();
        await c.login(await t.user(role));
        expect((await c.get('/api/audit/export.xlsx')).status, role).toBe(403);
      }
      expect((await t.client().get('/api/audit/export.xlsx')).status).toBe(401);
    });
  });

  it('names the first row whose content was altered behind the application’s back', async () => {
    await seal();
    const [victim] = await t.ctx.db.select().from(auditLog).where(sql`${auditLog.action} = 'auth.login' and ${auditLog.outcome} = 'failure'`).limit(1);
    if (!victim) throw new Error('no row to tamper with');
    // A database superuser can switch the guard off; the chain still tells.
    await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_guard`);
    await t.ctx.db.execute(sql`update audit_log set outcome = 'success' where id = ${victim.id}`);
    await t.ctx.db.execute(sql`alter table audit_log enable trigger audit_log_guard`);
    const result = await verifyChain(t.ctx.db, t.config.auditKey);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ id: victim.id, seq: victim.seq });
    expect(result.checked).toBe((victim.seq as number) - 1);
  });
});
