import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, notifications, users } from '../../src/core/db/tables.js';
import { caseEvents, caseStatusDeltas, cases } from '../../src/modules/cases/tables.js';
import { sealLegacyDetails } from '../../src/modules/cases/identity.js';
import { reporterBox } from '../../src/modules/cases/services.js';
import { caseForUser, type CaseReader } from '../../src/modules/cases/actions.js';
import { runDeadlineJob } from '../../src/modules/cases/jobs.js';
import { compactCaseCounts } from '../../src/modules/cases/store.js';
import { loadCalendar } from '../../src/modules/calendar/store.js';
import { chinaDay } from '../../src/core/calendar/workdays.js';
import { engine, startTestApp, type Client, type TestApp, type TestUser } from './harness.js';

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe(`cases (${engine})`, () => {
  let t: TestApp;
  let office: Client;
  let liaison: Client;
  let otherLiaison: Client;
  let leader: Client;
  let unitId: number;
  let otherUnitId: number;
  let liaisonUser: TestUser;

  const hotline = (over: Record<string, unknown> = {}) => ({
    channel: 'hotline',
    detail: { line: 'line2', callTime: ago(5) },
    reporter: { name: '王先生', phone: '13800138000' },
    category: 'cold_attitude',
    secondaryCategories: ['inefficiency'],
    title: '办证窗口工作人员态度恶劣',
    body: '市环保局环评处窗口工作人员态度恶劣，材料齐全仍被要求反复补件，还暗示乱收费。',
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    const all = (await t.client().get('/api/units')).body as { id: number; name: string }[];
    unitId = all.find((u) => u.name === '市环保局环评处')?.id as number;
    otherUnitId = all.find((u) => u.name === '市公安局户政处')?.id as number;
    office = t.client();
    await office.login(await t.user('office_staff'));
    liaisonUser = await t.user('unit_liaison', { unit: '市环保局' });
    liaison = t.client();
    await liaison.login(liaisonUser);
    otherLiaison = t.client();
    await otherLiaison.login(await t.user('unit_liaison', { unit: '市公安局' }));
    leader = t.client();
    await leader.login(await t.user('leader'));
  });
  afterAll(() => t.close());

  it('takes in a hotline call with a readable code; a retried request returns the same case', async () => {
    const body = hotline({ unitId });
    const first = await office.request('POST', '/api/cases', body, { 'idempotency-key': 'call-0001-abcdef' });
    expect(first.status).toBe(201);
    expect(first.body.code).toMatch(/^ZF2011-\d{6}$/);
    const again = await office.request('POST', '/api/cases', body, { 'idempotency-key': 'call-0001-abcdef' });
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const changed = await office.request('POST', '/api/cases', { ...body, title: '另一件事' }, { 'idempotency-key': 'call-0001-abcdef' });
    expect(changed.status).toBe(422);
    const [n] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases);
    expect(n?.n).toBe(1);
  });

  it('files once when the same key arrives several times at once', async () => {
    const body = hotline({ title: '并发重试' });
    const replies = await Promise.all(Array.from({ length: 5 }, () => office.request('POST', '/api/cases', body, { 'idempotency-key': 'burst-key-0001' })));
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const [n] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(eq(cases.title, '并发重试'));
    expect(n?.n).toBe(1);
    await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`delete from case_events where case_id = ${replies[0]?.body.id}`);
      await tx.execute(sql`delete from cases where id = ${replies[0]?.body.id}`);
    });
  });

  it('files intakes that arrive together each as its own case, a bad one failing alone', async () => {
    const earlier = hotline({ title: '同批之前' });
    const first = await office.request('POST', '/api/cases', earlier, { 'idempotency-key': 'batch-retry-0001' });
    expect(first.status).toBe(201);
    const retry = office.request('POST', '/api/cases', earlier, { 'idempotency-key': 'batch-retry-0001' });
    const good = Array.from({ length: 8 }, (_, i) => office.post('/api/cases', hotline({ title: `同批来电 ${i}` })));
    const bad = Array.from({ length: 2 }, (_, i) => office.post('/api/cases', hotline({ title: `同批错单位 ${i}`, unitId: 999_999 })));
    const twin = hotline({ title: '同批重试' });
    const twins = Array.from({ length: 2 }, () => office.request('POST', '/api/cases', twin, { 'idempotency-key': 'batch-twin-0001' }));
    const [goodR, badR, twinR, retryR] = await Promise.all([Promise.all(good), Promise.all(bad), Promise.all(twins), retry]);
    expect(retryR.status).toBe(201);
    expect(retryR.body).toEqual(first.body);
    expect(retryR.headers.get('idempotent-replayed')).toBe('true');
    expect(goodR.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(goodR.map((r) => r.body.code)).size).toBe(8);
    for (const r of badR) {
      expect(r.status).toBe(400);
      expect(r.body.errors).toEqual([expect.objectContaining({ path: 'unitId' })]);
    }
    expect(twinR.map((r) => r.status)).toEqual([201, 201]);
    expect(twinR[0]?.body).toEqual(twinR[1]?.body);
    const ids = [...goodR, twinR[0]!, first].map((r) => Number(r.body.id));
    const filed = await t.ctx.db.select({ id: cases.id, title: cases.title }).from(cases).where(sql`${cases.title} like '同批%'`);
    expect(filed.map((c) => c.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    const events = await t.ctx.db.select({ caseId: caseEvents.caseId }).from(caseEvents).where(and(eq(caseEvents.action, 'intake'), inArray(caseEvents.caseId, ids)));
    expect(events).toHaveLength(10);
    const audited = await t.ctx.db.select({ objectId: auditLog.objectId }).from(auditLog).where(and(eq(auditLog.action, 'case.create'), inArray(auditLog.objectId, ids.map(String))));
    expect(audited).toHaveLength(10);
    await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`delete from case_events where case_id = any(${`{${ids.join(',')}}`}::int[])`);
      await tx.execute(sql`delete from cases where id = any(${`{${ids.join(',')}}`}::int[])`);
    });
  });

  it('names each wrong field and saves nothing', async () => {
    const future = await office.post('/api/cases', hotline({ detail: { line: 'line1', callTime: new Date(Date.now() + 86_400_000).toISOString() } }));
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toMatchObject({ path: 'body.detail.callTime', message: 'cannot be in the future' });
    const phone = await office.post('/api/cases', hotline({ reporter: { phone: '12345' } }));
    expect(phone.body.errors[0].path).toBe('body.reporter.phone');
    const id = await office.post('/api/cases', hotline({ reporter: { idNumber: '110105194912310021' } }));
    expect(id.body.errors[0].path).toBe('body.reporter.idNumber');
    expect((await office.post('/api/cases', hotline({ category: 'bribery' }))).body.errors[0].path).toBe('category');
    expect((await office.post('/api/cases', hotline({ detail: { line: 'line9', callTime: ago(1) } }))).body.errors[0].path).toBe('detail.line');
    expect((await office.post('/api/cases', hotline({ secondaryCategories: ['cold_attitude'] }))).body.errors[0].path).toBe('secondaryCategories[0]');
    const [n] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases);
    expect(n?.n).toBe(1);
  });

  it('keeps the reporter’s identity encrypted and shows it to the office only, auditing each view', async () => {
    const [row] = await t.ctx.db.select().from(cases).limit(1);
    expect(row?.reporterSealed).toMatch(/^v1\./);
    const dump = JSON.stringify(await t.ctx.db.execute(sql`select * from cases`));
    expect(dump).not.toContain('13800138000');
    expect(dump).not.toContain('王先生');
    const shown = await office.get(`/api/cases/${row?.id}/reporter`);
    expect(shown.body).toEqual({ name: '王先生', phone: '13800138000', idNumber: null, details: {} });
    expect((await leader.get(`/api/cases/${row?.id}/reporter`)).status).toBe(403);
    const views = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'case.reporter_view'));
    expect(views).toHaveLength(1);
  });

  it('runs the whole lifecycle: accept, assign, respond, verify, follow-up, reopen, close, accountability', async () => {
    const [row] = await t.ctx.db.select().from(cases).limit(1);
    const id = row?.id as number;
    expect((await office.post(`/api/cases/${id}/verify-close`, {})).status).toBe(409);
    const illegal = await office.post(`/api/cases/${id}/verify-close`, {});
    expect(illegal.body.allowed).toEqual(['accept', 'reject', 'merge']);
    expect((await liaison.get(`/api/cases/${id}`)).status).toBe(404);

    expect((await office.post(`/api/cases/${id}/accept`, {})).body.status).toBe('accepted');
    const assigned = await office.post(`/api/cases/${id}/assign`, {});
    expect(assigned.body).toMatchObject({ status: 'assigned', assignedUnitId: unitId, assignedUnitName: '市环保局环评处' });
    const cal = await loadCalendar(t.ctx.db);
    expect(assigned.body.dueDate).toBe(cal.addWorkdays(chinaDay(new Date()), 15));
    expect(assigned.body.allowedActions).toEqual(['transfer', 'remind', 'escalate', 'grant_extension', 'respond']);

    // The liaison of the parent unit sees it; another unit's liaison cannot learn it exists.
    const inbox = await liaison.get('/api/cases');
    expect(inbox.body.items.map((c: { id: number }) => c.id)).toEqual([id]);
    const seen = await liaison.get(`/api/cases/${id}`);
    expect(seen.body.allowedActions).toEqual(['request_extension', 'respond']);
    expect(seen.body).not.toHaveProperty('reporter');
    expect((await otherLiaison.get(`/api/cases/${id}`)).status).toBe(404);
    expect((await otherLiaison.get('/api/cases')).body.items).toHaveLength(0);
    expect((await otherLiaison.get('/api/cases/counts')).body).toEqual({ byStatus: {}, overdue: 0, dueSoon: 0 });
    expect((await otherLiaison.get(`/api/cases?q=${encodeURIComponent('态度')}`)).body.items).toHaveLength(0);
    expect((await otherLiaison.post(`/api/cases/${id}/respond`, { findings: 'x', measures: 'y', substantiated: 'no' })).status).toBe(404);
    const notices = await liaison.get('/api/notifications');
    expect(notices.body.unread).toBe(1);
    expect(notices.body.items[0].title).toContain('交办');
    // Stored as a message with its parameters, worded in the reader's language.
    expect(notices.body.items[0].message).toEqual({ key: 'case.assign', params: { code: expect.any(String), title: expect.any(String) } });
    const english = await liaison.request('GET', '/api/notifications', undefined, { 'accept-language': 'en' });
    expect(english.body.items[0].title).toMatch(/^Assigned: ZF/);
    const noticeId = notices.body.items[0].id;
    expect((await otherLiaison.post(`/api/notifications/${noticeId}/read`)).status).toBe(404);
    expect((await liaison.post(`/api/notifications/${noticeId}/read`)).status).toBe(204);
    expect((await liaison.post(`/api/notifications/${noticeId}/read`)).status).toBe(204);
    expect((await liaison.get('/api/notifications/unread-count')).body).toEqual({ unread: 0 });

    // Evidence with metadata: the unit's copy is stripped.
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .withExif({ IFD0: { Copyright: 'GPS-SECRET-LOCATION' } })
      .jpeg()
      .toBuffer();
    expect(photo.includes('GPS-SECRET-LOCATION')).toBe(true);
    const responded = await liaison.post(`/api/cases/${id}/respond`, {
      findings: '经查，反映情况属实。',
      measures: '已对当事人批评教育，并公开办事流程。',
      substantiated: 'yes',
      attachments: [{ filename: '现场照片.jpg', contentBase64: photo.toString('base64') }],
    });
    expect(responded.status).toBe(200);
    expect(responded.body.status).toBe('responded');
    const attachment = responded.body.attachments[0];
    expect(attachment).toMatchObject({ filename: '现场照片.jpg', mime: 'image/jpeg' });
    const unitCopy = await fetch(`${t.url}/api/cases/${id}/attachments/${attachment.id}`, { headers: { cookie: liaison.cookie ?? '' } });
    expect(unitCopy.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await unitCopy.arrayBuffer()).includes('GPS-SECRET-LOCATION')).toBe(false);
    const original = await fetch(`${t.url}/api/cases/${id}/attachments/${attachment.id}`, { headers: { cookie: office.cookie ?? '' } });
    expect(Buffer.from(await original.arrayBuffer()).includes('GPS-SECRET-LOCATION')).toBe(true);
    expect((await fetch(`${t.url}/api/cases/${id}/attachments/${attachment.id}`, { headers: { cookie: otherLiaison.cookie ?? '' } })).status).toBe(404);

    expect((await office.post(`/api/cases/${id}/verify-close`, { note: '核实属实，同意办结' })).body.status).toBe('closed');
    const unhappy = await office.post(`/api/cases/${id}/follow-up`, { satisfaction: 'unsatisfied', comment: '问题仍存在', reopen: true });
    expect(unhappy.body).toMatchObject({ status: 'assigned', satisfaction: 'unsatisfied' });
    await liaison.post(`/api/cases/${id}/respond`, { findings: '再次核查', measures: '调整岗位', substantiated: 'yes' });
    await office.post(`/api/cases/${id}/verify-close`, {});
    const happy = await office.post(`/api/cases/${id}/follow-up`, { satisfaction: 'satisfied' });
    expect(happy.body).toMatchObject({ status: 'closed', satisfaction: 'satisfied', canRecordAccountability: true });

    const outcome = await leader.post(`/api/cases/${id}/accountability`, {
      targetKind: 'person',
      personName: '李某',
      personPosition: '窗口科员',
      outcome: 'admonition_talk',
      decisionDate: chinaDay(new Date()),
      documentNo: '哈政风〔2011〕12号',
      decidedBy: '市政风建设年工作领导小组办公室',
    });
    expect(outcome.status).toBe(201);
    const bad = await leader.post(`/api/cases/${id}/accountability`, { targetKind: 'unit', outcome: 'media_exposure', decisionDate: '2011-05-01', documentNo: 'x', decidedBy: 'y' });
    expect(bad.body.errors[0].path).toBe('body.unitId');
    const detail = await office.get(`/api/cases/${id}`);
    expect(detail.body.accountability).toHaveLength(1);
    expect(detail.body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'intake', 'accept', 'assign', 'respond', 'verify_close', 'follow_up', 'respond', 'verify_close', 'follow_up',
    ]);
    expect(detail.body.timeline[1].actorName).toBeTruthy();
    const rates = await leader.get('/api/cases/satisfaction');
    expect(rates.body).toEqual([{ unitId, satisfied: 1, basically_satisfied: 0, unsatisfied: 0, total: 1, rate: 1 }]);
    expect((await liaison.get('/api/cases/satisfaction')).status).toBe(403);
  });

  it('finds two-character words in Chinese text, and filters', async () => {
    await office.post('/api/cases', hotline({ title: '开发区窗口乱收费', body: '办理营业执照时被额外收取所谓加急费。', category: 'power_abuse', unitId: otherUnitId }));
    const attitude = await office.get(`/api/cases?q=${encodeURIComponent('态度')}`);
    expect(attitude.body.items.map((c: { title: string }) => c.title)).toEqual(['办证窗口工作人员态度恶劣']);
    const fees = await office.get(`/api/cases?q=${encodeURIComponent('收费')}`);
    expect(fees.body.items.map((c: { title: string }) => c.title)).toEqual(['开发区窗口乱收费', '办证窗口工作人员态度恶劣']);
    expect((await office.get(`/api/cases?q=${encodeURIComponent('加急费')}`)).body.items).toHaveLength(1);
    expect((await office.get('/api/cases?status=received')).body.items).toHaveLength(1);
    expect((await office.get('/api/cases?category=power_abuse&channel=hotline')).body.items).toHaveLength(1);
    expect((await office.get(`/api/cases?unitId=${otherUnitId}`)).body.items).toHaveLength(1);
    expect((await office.get('/api/cases?status=shelved')).body.errors[0].path).toBe('querystring.status');
    const page1 = await office.get('/api/cases?limit=1');
    const page2 = await office.get(`/api/cases?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    expect(page2.body.nextCursor).toBeNull();
    expect((await office.get('/api/cases?cursor=garbage')).status).toBe(400);
  });

  it('exports the filtered list to Excel', async () => {
    const res = await fetch(`${t.url}/api/cases/export.xlsx?channel=hotline`, { headers: { cookie: office.cookie ?? '' } });
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('案件');
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(1).getCell(1).value).toBe('编号');
    const mine = await fetch(`${t.url}/api/cases/export.xlsx`, { headers: { cookie: otherLiaison.cookie ?? '' } });
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.load(Buffer.from(await mine.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(theirs.getWorksheet('案件')?.rowCount).toBe(1);
  });

  it('transfers, reminds, escalates, extends and merges, each on the timeline', async () => {
    const a = (await office.post('/api/cases', hotline({ unitId: otherUnitId, title: '转办案件' }))).body.id;
    await office.post(`/api/cases/${a}/accept`, {});
    await office.post(`/api/cases/${a}/assign`, {});
    expect((await liaison.get(`/api/cases/${a}`)).status).toBe(404);
    const moved = await office.post(`/api/cases/${a}/transfer`, { unitId, reason: '属环保局职责' });
    expect(moved.body.assignedUnitId).toBe(unitId);
    expect((await office.post(`/api/cases/${a}/transfer`, { unitId, reason: '重复' })).body.errors[0].path).toBe('unitId');
    expect((await liaison.get(`/api/cases/${a}`)).status).toBe(200);
    await office.post(`/api/cases/${a}/remind`, {});
    expect((await office.post(`/api/cases/${a}/escalate`, { reason: '群众多次来电' })).body.escalationLevel).toBe(1);
    const asked = await liaison.post(`/api/cases/${a}/request-extension`, { workdays: 5, reason: '需现场核查' });
    expect(asked.status).toBe(200);
    const due = asked.body.dueDate as string;
    const later = (await loadCalendar(t.ctx.db)).addWorkdays(due, 5);
    const granted = await office.post(`/api/cases/${a}/grant-extension`, { dueDate: later });
    expect(granted.body.dueDate).toBe(later);
    expect((await office.post(`/api/cases/${a}/grant-extension`, { dueDate: due })).body.errors[0].path).toBe('dueDate');
    expect((await liaison.post(`/api/cases/${a}/grant-extension`, { dueDate: later })).status).toBe(409);
    const b = (await office.post('/api/cases', hotline({ title: '重复反映' }))).body.id;
    const merged = await office.post(`/api/cases/${b}/merge`, { intoCaseId: a });
    expect(merged.body).toMatchObject({ status: 'merged', mergedIntoId: a, allowedActions: [] });
    expect((await office.post(`/api/cases/${b}/merge`, { intoCaseId: b })).status).toBe(409);
    const steps = (await office.get(`/api/cases/${a}`)).body.timeline.map((e: { action: string }) => e.action);
    expect(steps).toEqual(['intake', 'accept', 'assign', 'transfer', 'remind', 'escalate', 'request_extension', 'grant_extension']);
    const rejected = (await office.post('/api/cases', hotline({ title: '不予受理' }))).body.id;
    expect((await office.post(`/api/cases/${rejected}/reject`, {})).body.errors[0].path).toBe('body.reason');
    expect((await office.post(`/api/cases/${rejected}/reject`, { reason: '不属于政风问题' })).body.status).toBe('not_accepted');
    expect((await leader.post(`/api/cases/${rejected}/accept`, {})).status).toBe(403);
  });

  it('lets the public file anonymously, track with the receipt and talk to the office', async () => {
    const anon = t.client();
    const filed = await anon.post('/api/public/cases', { anonymous: true, category: 'graft', title: '办事要红包', body: '房产交易中心有人暗示要好处费。', reporter: { name: '不该保存' } });
    expect(filed.status).toBe(201);
    expect(filed.body.receipt).toMatch(/^\d{20}$/);
    const [row] = await t.ctx.db.select().from(cases).where(eq(cases.code, filed.body.code));
    expect(row).toMatchObject({ anonymous: true, reporterSealed: null, channel: 'web' });
    expect(JSON.stringify(row)).not.toContain(filed.body.receipt);
    const tracked = await anon.post('/api/public/track', { receipt: filed.body.receipt });
    expect(tracked.body).toMatchObject({ code: filed.body.code, status: 'received', progress: [{ step: 'intake' }] });
    expect((await anon.post('/api/public/track', { receipt: '12345678901234567890' })).status).toBe(404);
    expect((await anon.post('/api/public/track/messages', { receipt: filed.body.receipt, body: '补充：时间是上周三。' })).status).toBe(204);
    const reply = await office.post(`/api/cases/${row?.id}/messages`, { body: '已收到，正在核实。' });
    expect(reply.status).toBe(201);
    const again = await anon.post('/api/public/track', { receipt: filed.body.receipt });
    expect(again.body.messages.map((m: { author: string }) => m.author)).toEqual(['public', 'office']);
    const named = await anon.post('/api/public/cases', { anonymous: false, reporter: { name: '张女士', phone: '0451-86000000' }, category: 'graft', title: '实名反映', body: '具体内容' });
    const [namedRow] = await t.ctx.db.select().from(cases).where(eq(cases.code, named.body.code));
    expect(namedRow?.anonymous).toBe(false);
    expect(namedRow?.reporterSealed).not.toContain('张女士');
  });

  it('limits receipt lookups with a 429 and Retry-After', async () => {
    const c = t.client();
    let last = 0;
    let retryAfter: string | null = null;
    for (let i = 0; i < 40 && last !== 429; i++) {
      const r = await c.post('/api/public/track', { receipt: '00000000000000000000' });
      last = r.status;
      retryAfter = r.headers.get('retry-after');
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('applies the configured handling deadline for a channel and category, and working-day overrides', async () => {
    const admin = t.client();
    await admin.login(await t.user('office_admin'));
    expect((await admin.request('PUT', '/api/deadline-rules', { channel: 'hotline', category: 'graft', workdays: 5 })).status).toBe(204);
    expect((await admin.request('PUT', '/api/deadline-rules', { channel: null, category: 'nope', workdays: 5 })).body.errors[0].path).toBe('category');
    expect((await office.request('PUT', '/api/deadline-rules', { channel: null, category: null, workdays: 9 })).status).toBe(403);
    const rules = await office.get('/api/deadline-rules');
    expect(rules.body).toEqual({ default: 15, rules: [{ channel: 'hotline', category: 'graft', workdays: 5 }] });
    const filed = await office.post('/api/cases', hotline({ unitId, category: 'graft', secondaryCategories: [], title: '吃拿卡要线索' }));
    await office.post(`/api/cases/${filed.body.id}/accept`, {});
    const cal = await loadCalendar(t.ctx.db);
    const due = cal.addWorkdays(chinaDay(new Date()), 5);
    // The office marks the due day as a day off: the deadline moves past it.
    expect((await admin.request('PUT', `/api/calendar/overrides/${due}`, { workday: false, note: '临时调整' })).status).toBe(204);
    const assigned = await office.post(`/api/cases/${filed.body.id}/assign`, {});
    expect(assigned.body.dueDate).toBe((await loadCalendar(t.ctx.db)).addWorkdays(chinaDay(new Date()), 5));
    expect(assigned.body.dueDate > due).toBe(true);
    const past = await office.post(`/api/cases/${filed.body.id}/grant-extension`, { dueDate: '2011-01-04' });
    expect(past.body.errors[0]).toMatchObject({ path: 'dueDate', message: 'must be today or later' });
    await admin.request('DELETE', `/api/calendar/overrides/${due}`);
  });

  it('refuses a due date beyond a year, and a far-future date already stored costs nothing to show', async () => {
    const filed = await office.post('/api/cases', hotline({ unitId, title: '远期期限' }));
    const id = filed.body.id as number;
    await office.post(`/api/cases/${id}/accept`, {});
    await office.post(`/api/cases/${id}/assign`, {});
    for (const [step, body] of [
      ['grant-extension', { dueDate: '9999-12-31' }],
      ['grant-extension', { dueDate: '4000-01-03' }],
      ['transfer', { unitId: otherUnitId, reason: '改派', dueDate: '9999-12-31' }],
      ['return', { reason: '重办', dueDate: '2200-01-01' }],
    ] as const) {
      const res = await office.post(`/api/cases/${id}/${step}`, body);
      expect(res.status, step).toBe(400);
      expect(res.body.errors[0].path, step).toBe('body.dueDate');
    }
    const beyond = (await loadCalendar(t.ctx.db)).addWorkdays(chinaDay(new Date()), 300);
    expect((await office.post(`/api/cases/${id}/grant-extension`, { dueDate: beyond })).body.errors[0].path).toBe('body.dueDate');
    // A date stored before these checks existed (or by hand): the lists that show it answer at once.
    await t.ctx.db.update(cases).set({ dueDate: '9999-12-31' }).where(eq(cases.id, id));
    const started = performance.now();
    const inbox = await liaison.get('/api/cases?sort=due_asc');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.find((c: { id: number }) => c.id === id)).toMatchObject({ dueDate: '9999-12-31', deadline: 'on_time' });
    expect((await liaison.get(`/api/cases/${id}`)).body.deadline).toBe('on_time');
    expect((await office.get('/api/cases/counts')).status).toBe(200);
    // Walking day by day to 9999 took minutes (and never ended past it); by formula it is instant.
    expect(performance.now() - started).toBeLessThan(5_000);
    await t.ctx.db.update(cases).set({ dueDate: chinaDay(new Date()) }).where(eq(cases.id, id));
  });

  it('reminds and escalates on schedule, once, even with two runs at the same time', async () => {
    const assigned = await office.post('/api/cases', hotline({ unitId, title: '超期案件' }));
    const id = assigned.body.id;
    await office.post(`/api/cases/${id}/accept`, {});
    await office.post(`/api/cases/${id}/assign`, {});
    await t.ctx.db.update(cases).set({ dueDate: '2011-10-09' }).where(eq(cases.id, id));
    const runs = await Promise.all([runDeadlineJob(t.ctx.db), runDeadlineJob(t.ctx.db)]);
    expect(runs.reduce((a, r) => a + r.escalated, 0)).toBe(1);
    expect(await runDeadlineJob(t.ctx.db)).toEqual({ reminded: 0, escalated: 0 });
    const [row] = await t.ctx.db.select().from(cases).where(eq(cases.id, id));
    expect(row?.escalationLevel).toBe(1);
    // The scheduler's step is the office's step, said to be automatic, on the due date it acted on.
    const [step] = await t.ctx.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.action, 'escalate')));
    expect(step).toMatchObject({ actorKind: 'system', userId: null, reason: null, data: { level: 1, dueDate: '2011-10-09' } });
    const [row2] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.escalate'), eq(auditLog.objectId, String(id))));
    expect(row2?.detail).toEqual({ dueDate: '2011-10-09', automatic: true });
    const notes = await t.ctx.db.select().from(notifications).where(and(eq(notifications.caseId, id), eq(notifications.kind, 'escalate')));
    expect(notes.map((n) => n.userId)).toContain(liaisonUser.id);
    expect(new Set(notes.map((n) => n.userId)).size).toBe(notes.length);
    expect((await office.get('/api/cases?deadline=overdue')).body.items.map((c: { id: number }) => c.id)).toEqual([id]);
    expect((await liaison.get('/api/cases/counts')).body.overdue).toBe(1);
  });

  it('counts every case for the office from the kept totals, the same as a pass over the cases, before and after compaction', async () => {
    const direct = async () => {
      const rows = await t.ctx.db.select({ status: cases.status, n: sql<number>`count(*)::int` }).from(cases).groupBy(cases.status);
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    };
    const before = (await office.get('/api/cases/counts')).body;
    expect(before.byStatus).toEqual(await direct());
    expect(before.overdue).toBe(1);
    expect((await leader.get('/api/cases/counts')).body).toEqual(before);
    // An intake, a step and a deletion move the totals at once.
    const filed = await office.post('/api/cases', hotline({ title: '计数核对' }));
    await office.post(`/api/cases/${filed.body.id}/accept`, {});
    expect((await office.get('/api/cases/counts')).body.byStatus).toEqual(await direct());
    await compactCaseCounts(t.ctx.db);
    const [left] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(caseStatusDeltas);
    expect(left?.n).toBe(0);
    expect((await office.get('/api/cases/counts')).body.byStatus).toEqual(await direct());
    await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`delete from case_events where case_id = ${filed.body.id}`);
      await tx.execute(sql`delete from cases where id = ${filed.body.id}`);
    });
    expect((await office.get('/api/cases/counts')).body).toEqual(before);
  });

  it("seals what identifies a reporter in the channel details: a letter's sender, a media contact, an Open311 address and position", async () => {
    const letter = await office.post('/api/cases', {
      channel: 'letter', detail: { sender: '李寄信', senderAddress: '道里区安静街9号', postmarkedOn: '2026-01-05' }, unitId,
      category: 'graft', title: '来信反映索要好处费', body: '来信反映环评窗口索要好处费。',
    });
    expect(letter.status).toBe(201);
    const media = await office.post('/api/cases', {
      channel: 'media', detail: { outlet: '哈尔滨日报', publishedOn: '2026-01-06', contact: '记者赵联系' }, unitId,
      category: 'graft', title: '媒体报道', body: '报道反映窗口吃拿卡要。',
    });
    const filed311 = await t.client().request('POST', '/open311/v2/requests.json', 'service_code=graft&description=%E7%AA%97%E5%8F%A3%E7%B4%A2%E8%A6%81%E5%A5%BD%E5%A4%84&address_string=%E5%AE%89%E9%9D%99%E8%A1%97%E4%B8%83%E5%8F%B7&lat=45.75&long=126.63', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(filed311.status).toBe(201);
    const [portalCase] = await t.ctx.db.select().from(cases).where(eq(cases.code, filed311.body[0].service_request_id));
    const ids = [letter.body.id, media.body.id, portalCase?.id as number];
    // Nothing identifying in the open columns: a database dump shows none of it.
    const stored = JSON.stringify(await t.ctx.db.select().from(cases).where(inArray(cases.id, ids)));
    for (const secret of ['李寄信', '安静街9号', '记者赵联系', '安静街七号', '45.75', '126.63']) expect(stored).not.toContain(secret);
    for (const id of ids.slice(0, 2)) {
      await office.post(`/api/cases/${id}/accept`, {});
      await office.post(`/api/cases/${id}/assign`, {});
      const seen = JSON.stringify((await liaison.get(`/api/cases/${id}`)).body);
      expect(seen).not.toMatch(/李寄信|安静街|记者赵/);
      expect((await liaison.get(`/api/cases/${id}/reporter`)).status).toBe(403);
    }
    expect((await office.get(`/api/cases/${letter.body.id}`)).body.channelDetail).toEqual({ postmarkedOn: '2026-01-05' });
    // The office sees them in the audited reporter view.
    expect((await office.get(`/api/cases/${letter.body.id}/reporter`)).body).toMatchObject({ name: null, details: { sender: '李寄信', senderAddress: '道里区安静街9号' } });
    expect((await office.get(`/api/cases/${media.body.id}/reporter`)).body.details).toEqual({ contact: '记者赵联系' });
    expect((await office.get(`/api/cases/${portalCase?.id}/reporter`)).body.details).toEqual({ address: '安静街七号', lat: '45.75', long: '126.63' });
    const views = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.reporter_view'), inArray(auditLog.objectId, ids.map(String))));
    expect(views).toHaveLength(3);
    // A row from before, with the sender in the open, is sealed when the server starts.
    await t.ctx.db.update(cases).set({ channelDetail: { sender: '旧寄信人', postmarkedOn: '2025-12-01' }, reporterSealed: null, anonymous: true }).where(eq(cases.id, letter.body.id));
    expect(await sealLegacyDetails(t.ctx.db, reporterBox(t.ctx.config))).toBe(1);
    const [legacy] = await t.ctx.db.select().from(cases).where(eq(cases.id, letter.body.id));
    expect(legacy).toMatchObject({ channelDetail: { postmarkedOn: '2025-12-01' }, anonymous: false });
    expect((await office.get(`/api/cases/${letter.body.id}/reporter`)).body.details).toEqual({ sender: '旧寄信人' });
    expect(await sealLegacyDetails(t.ctx.db, reporterBox(t.ctx.config))).toBe(0);
  });

  it('after a transfer shows the new unit only what concerns it, and takes the case off the old unit’s bell', async () => {
    const filed = await office.post('/api/cases', hotline({ unitId: otherUnitId, title: '转办前后', body: '户政窗口办事拖拉，多次往返。' }));
    const id = filed.body.id as number;
    await office.post(`/api/cases/${id}/accept`, {});
    await office.post(`/api/cases/${id}/assign`, {});
    const bell = async (c: Client) => ((await c.get('/api/notifications')).body.items as { caseId: number | null; title: string }[]).filter((n) => n.caseId === id);
    expect(await bell(otherLiaison)).toHaveLength(1);
    const me = (await otherLiaison.get('/api/auth/me')).body as { displayName: string };
    expect((await otherLiaison.post(`/api/cases/${id}/request-extension`, { workdays: 5, reason: '内部原因：经办人住院' })).status).toBe(200);
    expect((await office.post(`/api/cases/${id}/transfer`, { unitId, reason: '属环保局职责' })).status).toBe(200);
    // The old unit: no longer sees the case, and its bell no longer names it.
    expect((await otherLiaison.get(`/api/cases/${id}`)).status).toBe(404);
    expect(await bell(otherLiaison)).toEqual([]);
    // The new unit: the step happened, but not who took it or why.
    const seen = (await liaison.get(`/api/cases/${id}`)).body;
    const step = seen.timeline.find((e: { action: string }) => e.action === 'request_extension');
    expect(step).toMatchObject({ actorName: null, reason: null, data: {} });
    expect(JSON.stringify(seen)).not.toContain('经办人住院');
    expect(JSON.stringify(seen)).not.toContain(me.displayName);
    expect(seen.timeline.find((e: { action: string }) => e.action === 'transfer').reason).toBe('属环保局职责');
    // The office still sees everything.
    const full = (await office.get(`/api/cases/${id}`)).body;
    expect(full.timeline.find((e: { action: string }) => e.action === 'request_extension')).toMatchObject({ actorName: me.displayName, reason: '内部原因：经办人住院' });
  });

  it('does the same database work for a case of another unit as for one that does not exist', async () => {
    const filed = await office.post('/api/cases', hotline({ unitId: otherUnitId, title: '他单位案件' }));
    await office.post(`/api/cases/${filed.body.id}/accept`, {});
    await office.post(`/api/cases/${filed.body.id}/assign`, {});
    const [who] = await t.ctx.db.select().from(users).where(eq(users.id, liaisonUser.id));
    const me = { ...(who as typeof users.$inferSelect), totpEnrollmentRequired: false, campaignId: (await t.ctx.campaigns.get()).find((c) => c.isCurrent)?.id } as unknown as CaseReader;
    // Counts the statements each lookup sends.
    const counted = () => {
      const calls: string[] = [];
      const db = new Proxy(t.ctx.db, { get: (target, prop, receiver) => {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          calls.push(String(prop));
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      } });
      return { db, calls };
    };
    const refused = counted();
    await expect(caseForUser(refused.db, me, filed.body.id)).rejects.toMatchObject({ status: 404 });
    const missing = counted();
    await expect(caseForUser(missing.db, me, 987_654_321)).rejects.toMatchObject({ status: 404 });
    expect(refused.calls.length).toBeGreaterThan(0);
    expect(refused.calls).toEqual(missing.calls);
  });
});
