import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { chinaDay } from '../../src/core/calendar/workdays.js';
import { rows } from '../../src/core/db/client.js';
import { RUNNING_UNTIL } from '../fixtures/plans.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

const day = (offset: number) => chinaDay(new Date(Date.now() + offset * 86_400_000));
const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'), 'utf8').toString('base64');
const tokenOf = (link: string) => link.split('#')[1] as string;

describe(`evaluations (${engine})`, () => {
  let t: TestApp;
  let office: Client;
  let leader: Client;
  let liaison: Client;
  let pub: Client;
  const unit: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const all = (await t.client().get('/api/units')).body as { id: number; name: string }[];
    for (const name of ['市环保局', '市公安局', '市工商局', '市政府行政服务中心']) unit[name] = all.find((u) => u.name === name)?.id as number;
    office = t.client();
    await office.login(await t.user('office_staff'));
    leader = t.client();
    await leader.login(await t.user('leader'));
    liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市环保局' }));
    pub = t.client();
  });
  afterAll(() => t.close());

  it('describes the plan’s three quarterly panels and the questionnaire', async () => {
    const o = (await office.get('/api/evaluations/overview')).body;
    expect(o.panels.map((p: { code: string; size: number; frequency: string }) => [p.code, p.size, p.frequency])).toEqual([
      ['enterprise', 100, 'quarterly'],
      ['foreign_investor', 100, 'quarterly'],
      ['deputy', 100, 'quarterly'],
    ]);
    expect(o.criteria).toHaveLength(9);
    expect(o.criteria.at(-1).code).toBe('overall');
    expect(o.rules.scale).toEqual({ very_satisfied: 100, satisfied: 80, basically_satisfied: 60, dissatisfied: 40, very_dissatisfied: 20 });
    // The suites' 2011 campaign runs on to next year's end (test/fixtures/plans.ts): today's quarter is within it.
    expect(o.campaign).toEqual({ start: '2011-01-01', end: RUNNING_UNTIL });
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(o.currentPeriod).toBe(`${today.slice(0, 4)}Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`);
  });

  it('imports an evaluator list: reports each bad row with its reason, writes only the good rows and only when confirmed', async () => {
    const file = {
      filename: '评议人.csv',
      contentBase64: csv([
        ['姓名', '单位名称', '评议组', '联系方式', '所属被评议单位', '打过交道的单位'],
        ['张伟', '哈药集团', '百家企业', '13900000001', '', '市环保局、市公安局、市工商局'],
        ['', '无名公司', 'enterprise', '', '', ''],
        ['李娜', '某外资公司', '百名火星人', '', '', ''],
        ['王强', '某企业', 'enterprise', '', '', '不存在的局'],
        ['', '', '', '', '', ''],
        ['赵敏', '市环保局', 'enterprise', '', '市环保局', ''],
      ]),
    };
    const dry = await office.post('/api/evaluations/evaluators/import', file);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ accepted: 2, refused: 3, imported: 0 });
    const byRow = Object.fromEntries(dry.body.rows.map((r: { row: number; errors: { field: string }[] }) => [r.row, r.errors.map((e) => e.field)]));
    expect(byRow).toEqual({ 2: [], 3: ['姓名'], 4: ['评议组'], 5: ['打过交道的单位'], 7: [] });
    expect((await office.get('/api/evaluations/evaluators')).body.items).toHaveLength(0);

    const done = await office.post('/api/evaluations/evaluators/import', { ...file, confirm: true });
    expect(done.body).toMatchObject({ imported: 2 });
    const items = (await office.get('/api/evaluations/evaluators?panel=enterprise')).body.items;
    expect(items.map((e: { name: string }) => e.name).sort()).toEqual(['张伟', '赵敏']);
    const zhang = items.find((e: { name: string }) => e.name === '张伟');
    expect(zhang.dealtUnitNames).toEqual(['市环保局', '市公安局', '市工商局']);
    expect(zhang.contact).toBe('13900000001');

    const bad = await office.post('/api/evaluations/evaluators/import', { filename: 'x.xlsx', contentBase64: Buffer.from('PK not really').toString('base64') });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('contentBase64');
  });

  let roundId: number;
  let links: Map<string, string>;

  it('opens a round over the monitored units, once per panel and period, and issues one link per evaluator', async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await office.post('/api/evaluations/evaluators', { panel: 'enterprise', name: `企业代表${i}`, organisation: `企业${i}`, dealtUnitIds: [unit['市环保局'], unit['市公安局']] });
      expect(r.status).toBe(201);
    }
    const created = await office.post('/api/evaluations/rounds', { panel: 'enterprise', period: '2011Q2', opensOn: day(-1), closesOn: day(10) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ panel: 'enterprise', panelName: '百家企业评政风', unitCount: 91, state: 'open' });
    roundId = created.body.id;
    const twice = await office.post('/api/evaluations/rounds', { panel: 'enterprise', period: '2011Q2', opensOn: day(-1), closesOn: day(10) });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toMatch(/round_exists$/);
    const badPeriod = await office.post('/api/evaluations/rounds', { panel: 'enterprise', period: '2011M04', opensOn: day(-1), closesOn: day(10) });
    expect(badPeriod.body.errors[0].path).toBe('period');

    expect((await office.post(`/api/evaluations/rounds/${roundId}/invitations`)).body).toEqual({ created: 7, total: 7 });
    expect((await office.post(`/api/evaluations/rounds/${roundId}/invitations`)).body).toEqual({ created: 0, total: 7 });
    const inv = (await office.get(`/api/evaluations/rounds/${roundId}/invitations`)).body.items as { name: string; link: string; status: string }[];
    expect(inv.every((i) => /^\/portal\/evaluate\/\d+#[A-Za-z0-9_-]{22}$/.test(i.link))).toBe(true);
    links = new Map(inv.map((i) => [i.name, i.link]));
    expect((await leader.get(`/api/evaluations/rounds/${roundId}/invitations`)).status).toBe(403);
  });

  it('lets an evaluator keep a draft and submit once; a forged, wrong-round or spent link is told which', async () => {
    const token = tokenOf(links.get('张伟') as string);
    const q = await pub.post('/api/public/evaluate/open', { roundId, token });
    expect(q.status).toBe(200);
    expect(q.body.evaluator.name).toBe('张伟');
    expect(q.body.units.map((u: { name: string }) => u.name).sort()).toEqual(['市环保局', '市公安局', '市工商局'].sort());
    expect(q.body.draft).toBeNull();

    const forged = await pub.post('/api/public/evaluate/open', { roundId, token: 'A'.repeat(22) });
    expect([forged.status, forged.body.type]).toEqual([404, 'about:blank#unknown_token']);
    const wrong = await pub.post('/api/public/evaluate/open', { roundId: roundId + 1000, token });
    expect([wrong.status, wrong.body.type]).toEqual([409, 'about:blank#wrong_round']);

    const partial = [{ unitId: unit['市环保局'], notDealt: false, levels: { overall: 'satisfied', cold_attitude: 'dissatisfied' } }];
    expect((await pub.request('PUT', '/api/public/evaluate/draft', { roundId, token, answers: partial })).status).toBe(200);
    expect((await pub.post('/api/public/evaluate/open', { roundId, token })).body.draft.answers).toEqual(partial);

    const outside = await pub.post('/api/public/evaluate/submit', { roundId, token, answers: [{ unitId: unit['市政府行政服务中心'], levels: { overall: 'satisfied' } }] });
    expect([outside.status, outside.body.errors[0].path]).toEqual([400, 'answers[0].unitId']);
    const nothing = await pub.post('/api/public/evaluate/submit', { roundId, token, answers: [] });
    expect([nothing.status, nothing.body.errors[0].path]).toEqual([400, 'answers']);
    // Refused submissions changed nothing: the draft is still there.
    expect((await pub.post('/api/public/evaluate/open', { roundId, token })).body.draft.answers).toEqual(partial);

    const answers = [
      { unitId: unit['市环保局'], levels: { overall: 'satisfied', cold_attitude: 'dissatisfied' }, comment: '环评处窗口人员索要好处费' },
      { unitId: unit['市公安局'], levels: { overall: 'very_satisfied' } },
      { unitId: unit['市工商局'], notDealt: true },
    ];
    expect((await pub.post('/api/public/evaluate/submit', { roundId, token, answers })).status).toBe(200);
    const again = await pub.post('/api/public/evaluate/submit', { roundId, token, answers });
    expect([again.status, again.body.type]).toEqual([410, 'about:blank#invitation_submitted']);
    const reopened = await pub.post('/api/public/evaluate/open', { roundId, token });
    expect(reopened.body.type).toBe('about:blank#invitation_submitted');
  });

  it('slows down an address that keeps presenting unknown tokens, and only that', async () => {
    const scanner = t.client();
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await scanner.post('/api/public/evaluate/open', { roundId, token: `${'B'.repeat(21)}${i % 10}` })).status;
    expect(last).toBe(429);
    // A real link from the same address still opens: only failures count.
    expect((await scanner.post('/api/public/evaluate/open', { roundId, token: tokenOf(links.get('企业代表1') as string) })).status).toBe(200);
  });

  it('scores with a minimum sample, leaves out an evaluator rating their own unit, and ranks', async () => {
    const levels = ['very_satisfied', 'satisfied', 'satisfied', 'basically_satisfied', 'very_satisfied'];
    for (let i = 1; i <= 5; i++) {
      const token = tokenOf(links.get(`企业代表${i}`) as string);
      const answers = [
        { unitId: unit['市环保局'], levels: { overall: levels[i - 1] } },
        ...(i <= 3 ? [{ unitId: unit['市公安局'], levels: { overall: 'very_satisfied' } }] : []),
      ];
      expect((await pub.post('/api/public/evaluate/submit', { roundId, token, answers })).status).toBe(200);
    }
    // 赵敏 belongs to 市环保局: her rating of it does not count.
    const zhao = tokenOf(links.get('赵敏') as string);
    expect((await pub.post('/api/public/evaluate/submit', { roundId, token: zhao, answers: [{ unitId: unit['市环保局'], levels: { overall: 'very_satisfied' } }] })).status).toBe(200);

    const r = (await leader.get('/api/evaluations/results?period=2011Q2')).body;
    const epb = r.units.find((u: { unitId: number }) => u.unitId === unit['市环保局']);
    // 张伟 (80 overall, 40 on cold attitude → 60), then 100, 80, 80, 60, 100: six answers, fewer
    // than 10, so no trimming; mean 480 / 6 = 80.
    expect(epb.panels.enterprise).toMatchObject({ n: 6, excluded: 1, score: 80, sufficient: true });
    expect(epb.combined).toBe(80);
    expect(epb.rank).toBe(1);
    expect(epb.distribution).toMatchObject({ very_satisfied: 2, satisfied: 3, basically_satisfied: 1 });
    const police = r.units.find((u: { unitId: number }) => u.unitId === unit['市公安局']);
    expect(police.panels.enterprise).toMatchObject({ n: 4, sufficient: false, score: null });
    expect(police.rank).toBeNull();
    expect(r.units).toHaveLength(91);
    expect(r.responseRates).toEqual([{ panel: 'enterprise', invited: 7, submitted: 7, rate: 1 }]);

    const xlsx = await leader.get('/api/evaluations/results.xlsx?period=2011Q2');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('turns a comment into a case of channel evaluation, once, without the evaluator’s identity', async () => {
    const comments = (await office.get('/api/evaluations/comments?period=2011Q2')).body.items;
    expect(comments).toHaveLength(1);
    expect(JSON.stringify(comments)).not.toContain('张伟');
    const made = await office.post(`/api/evaluations/comments/${comments[0].answerId}/case`, { category: 'graft' });
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^ZF2011-\d{6}$/);
    const again = await office.post(`/api/evaluations/comments/${comments[0].answerId}/case`, { category: 'graft' });
    expect([again.status, again.body.caseId]).toEqual([200, made.body.caseId]);
    const detail = await office.get(`/api/cases/${made.body.caseId}`);
    expect(detail.body.channel).toBe('evaluation');
    expect(detail.body.unitId).toBe(unit['市环保局']);
    expect(JSON.stringify(detail.body)).not.toMatch(/张伟|哈药|13900000001/);
  });

  it('shows a liaison nothing of a round still open: no live score, no comment', async () => {
    // Scores exist (the office sees them), but nothing is approved yet.
    expect((await leader.get('/api/evaluations/results?period=2011Q2')).body.units.some((u: { combined: number | null }) => u.combined !== null)).toBe(true);
    const mine = await liaison.get('/api/evaluations/my-unit');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({ unit: { id: unit['市环保局'], name: '市环保局' }, periods: [] });
    expect(JSON.stringify(mine.body)).not.toContain('好处费');
    for (const path of ['/api/evaluations/results?period=2011Q2', '/api/evaluations/comments', '/api/evaluations/overview', `/api/evaluations/rounds/${roundId}`, '/api/evaluations/publications']) {
      expect((await liaison.get(path)).status).toBe(403);
    }
  });

  it('publishes a ranking only once its rounds are closed and a leader approves, and keeps every version', async () => {
    const early = await office.post('/api/evaluations/publications', { period: '2011Q2' });
    expect([early.status, early.body.type, early.body.openRounds]).toEqual([409, 'about:blank#rounds_open', [roundId]]);
    expect((await office.post(`/api/evaluations/rounds/${roundId}/close`)).body.state).toBe('closed');
    const v1 = await office.post('/api/evaluations/publications', { period: '2011Q2' });
    expect(v1.body).toMatchObject({ version: 1, status: 'pending' });
    // A round of the same period opened after the freeze: the version waits until it closes too.
    const late = await office.post('/api/evaluations/rounds', { panel: 'deputy', period: '2011Q2', opensOn: day(-1), closesOn: day(3), unitIds: [unit['市工商局']] });
    expect(late.status).toBe(201);
    const refused = await leader.post(`/api/evaluations/publications/${v1.body.id}/approve`);
    expect([refused.status, refused.body.type]).toEqual([409, 'about:blank#rounds_open']);
    await office.post(`/api/evaluations/rounds/${late.body.id}/close`);
    expect((await pub.get('/api/public/rankings')).body.items).toEqual([]);
    expect((await pub.get('/api/public/rankings/2011Q2')).status).toBe(404);
    expect((await liaison.get('/api/evaluations/my-unit')).body.periods).toEqual([]);
    expect((await office.post(`/api/evaluations/publications/${v1.body.id}/approve`)).status).toBe(403);
    expect((await leader.post(`/api/evaluations/publications/${v1.body.id}/approve`)).body).toMatchObject({ status: 'approved' });
    const shown = (await pub.get('/api/public/rankings/2011Q2')).body;
    expect(shown).toMatchObject({ version: 1, versions: [{ version: 1 }] });
    expect(shown.units[0]).toEqual({ rank: 1, unitName: '市环保局', combined: 80, panels: { enterprise: 80 } });
    const again = await leader.post(`/api/evaluations/publications/${v1.body.id}/approve`);
    expect([again.status, again.body.type]).toEqual([409, 'about:blank#already_approved']);

    const v2 = await office.post('/api/evaluations/publications', { period: '2011Q2', note: '更正：补录一份评议表' });
    expect(v2.body.version).toBe(2);
    expect((await pub.get('/api/public/rankings/2011Q2')).body.version).toBe(1);
    await leader.post(`/api/evaluations/publications/${v2.body.id}/approve`);
    const latest = (await pub.get('/api/public/rankings/2011Q2')).body;
    expect(latest.version).toBe(2);
    expect(latest.versions.map((v: { version: number; note: string | null }) => [v.version, v.note])).toEqual([[2, '更正：补录一份评议表'], [1, null]]);
    expect((await pub.get('/api/public/rankings/2011Q2?version=1')).body.version).toBe(1);
  });

  it('shows a liaison their unit’s approved result, and only the comments the office released, never one filed as a case', async () => {
    const mine = await liaison.get('/api/evaluations/my-unit');
    expect(mine.body.periods).toHaveLength(1);
    expect(mine.body.periods[0]).toMatchObject({ period: '2011Q2', version: 2, combined: 80, rank: 1, ranked: 1, panels: { enterprise: { n: 6, score: 80, sufficient: true } }, comments: [] });
    expect(JSON.stringify(mine.body)).not.toMatch(/市公安局|张伟|哈药|好处费/);
    // The only comment became a case: it cannot be released to the unit.
    const [filed] = (await office.get('/api/evaluations/comments?period=2011Q2')).body.items;
    expect(filed).toMatchObject({ released: false });
    expect(filed.caseId).not.toBeNull();
    const refused = await office.post(`/api/evaluations/comments/${filed.answerId}/release`, { release: true });
    expect([refused.status, refused.body.type]).toEqual([409, 'about:blank#comment_filed']);
    // Another evaluator's remark, read by the office and released; then taken back.
    await t.ctx.db.execute(sql`update evaluation_answers set comment = '窗口服务有改进，希望继续保持' where unit_id = ${unit['市环保局']} and comment is null and id = (select min(id) from evaluation_answers where unit_id = ${unit['市环保局']} and comment is null)`);
    const remark = (await office.get('/api/evaluations/comments?period=2011Q2')).body.items.find((c: { comment: string }) => c.comment.startsWith('窗口服务'));
    expect((await liaison.get('/api/evaluations/my-unit')).body.periods[0].comments).toEqual([]);
    expect((await liaison.post(`/api/evaluations/comments/${remark.answerId}/release`, { release: true })).status).toBe(403);
    expect((await office.post(`/api/evaluations/comments/${remark.answerId}/release`, { release: true })).status).toBe(204);
    expect((await liaison.get('/api/evaluations/my-unit')).body.periods[0].comments).toEqual([{ panel: 'enterprise', comment: '窗口服务有改进，希望继续保持' }]);
    await office.post(`/api/evaluations/comments/${remark.answerId}/release`, { release: false });
    expect((await liaison.get('/api/evaluations/my-unit')).body.periods[0].comments).toEqual([]);
    // Released, then filed as a case: the release is withdrawn with the filing.
    await office.post(`/api/evaluations/comments/${remark.answerId}/release`, { release: true });
    expect((await office.post(`/api/evaluations/comments/${remark.answerId}/case`, { category: 'graft' })).status).toBe(201);
    expect((await liaison.get('/api/evaluations/my-unit')).body.periods[0].comments).toEqual([]);
  });

  it('compares with the previous quarter and kills every link when a round closes', async () => {
    const q3 = await office.post('/api/evaluations/rounds', { panel: 'enterprise', period: '2011Q3', opensOn: day(-1), closesOn: day(10), unitIds: [unit['市环保局'], unit['市公安局']] });
    expect(q3.body.unitCount).toBe(2);
    await office.post(`/api/evaluations/rounds/${q3.body.id}/invitations`);
    const inv = (await office.get(`/api/evaluations/rounds/${q3.body.id}/invitations`)).body.items as { name: string; link: string }[];
    for (const i of inv.filter((x) => x.name.startsWith('企业代表'))) {
      await pub.post('/api/public/evaluate/submit', { roundId: q3.body.id, token: tokenOf(i.link), answers: [{ unitId: unit['市环保局'], levels: { overall: 'very_satisfied' } }] });
    }
    const r = (await office.get('/api/evaluations/results?period=2011Q3')).body;
    expect(r.previousPeriod).toBe('2011Q2');
    expect(r.units[0]).toMatchObject({ unitId: unit['市环保局'], combined: 100, rank: 1, previousScore: 80, previousRank: 1, scoreChange: 20, rankChange: 0 });
    const trend = (await office.get(`/api/evaluations/trend?unitId=${unit['市环保局']}`)).body.items;
    expect(trend.map((x: { period: string; combined: number }) => [x.period, x.combined])).toEqual([['2011Q2', 80], ['2011Q3', 100]]);

    const pending = inv.find((x) => x.name === '张伟') as { link: string };
    expect((await office.post(`/api/evaluations/rounds/${q3.body.id}/reminders`)).body.reminded).toBe(2);
    const unanswered = (await office.get(`/api/evaluations/rounds/${q3.body.id}/invitations?status=unanswered`)).body.items;
    expect(unanswered.map((x: { name: string }) => x.name).sort()).toEqual(['张伟', '赵敏']);
    expect((await office.post(`/api/evaluations/rounds/${q3.body.id}/close`)).body.state).toBe('closed');
    const closed = await pub.post('/api/public/evaluate/open', { roundId: q3.body.id, token: tokenOf(pending.link) });
    expect([closed.status, closed.body.type]).toEqual([410, 'about:blank#evaluation_closed']);
  });

  it('lets the administrator change the scoring rules, and scores again with them', async () => {
    const admin = t.client();
    await admin.login(await t.user('office_admin'));
    const wrong = await admin.request('PUT', '/api/evaluations/rules', { weights: { martians: 2 } });
    expect([wrong.status, wrong.body.errors[0].path]).toEqual([400, 'weights.martians']);
    const rules = await admin.request('PUT', '/api/evaluations/rules', { minSample: 4 });
    expect(rules.body).toMatchObject({ minSample: 4, trimFraction: 0.1, scale: { satisfied: 80 } });
    // 市公安局 had four answers in 2011Q2: too few before, enough now.
    const r = (await office.get('/api/evaluations/results?period=2011Q2')).body;
    expect(r.units.find((u: { unitId: number }) => u.unitId === unit['市公安局'])).toMatchObject({ rank: 1, combined: 100 });
    // The published versions stay as they were approved.
    expect((await pub.get('/api/public/rankings/2011Q2?version=1')).body.units[0].unitName).toBe('市环保局');
  });

  it('creates a round once per Idempotency-Key: a retry gets the first answer, another body with the key is refused', async () => {
    const body = { panel: 'foreign_investor', period: '2011Q4', opensOn: day(1), closesOn: day(20), unitIds: [unit['市环保局']] };
    const key = { 'idempotency-key': 'round-foreign-2011Q4' };
    const first = await office.request('POST', '/api/evaluations/rounds', body, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await office.request('POST', '/api/evaluations/rounds', body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const rounds = (await office.get('/api/evaluations/rounds?period=2011Q4')).body.items as { id: number; panel: string }[];
    expect(rounds.filter((r) => r.panel === 'foreign_investor').map((r) => r.id)).toEqual([first.body.id]);
    const [audited] = await rows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from audit_log where action = 'evaluation.round_create' and object_id = ${String(first.body.id)}`);
    expect(audited?.n).toBe(1);

    const other = await office.request('POST', '/api/evaluations/rounds', { ...body, closesOn: day(21) }, key);
    expect([other.status, other.body.type]).toEqual([422, 'about:blank#idempotency_key_reused']);
    // Without the key, the same body is a second request: the round exists.
    expect((await office.post('/api/evaluations/rounds', body)).status).toBe(409);
    // The same key sent to another route of the same round is another request: refused, and the
    // round is not closed by a replay of the first answer.
    const roundId = first.body.id as number;
    const keyed = { 'idempotency-key': 'round-foreign-2011Q4-links' };
    expect((await office.request('POST', `/api/evaluations/rounds/${roundId}/invitations`, undefined, keyed)).status).toBe(200);
    const close = await office.request('POST', `/api/evaluations/rounds/${roundId}/close`, undefined, keyed);
    expect([close.status, close.body.type]).toEqual([422, 'about:blank#idempotency_key_reused']);
    expect((await office.get(`/api/evaluations/rounds/${roundId}`)).body.state).not.toBe('closed');
  });
});
