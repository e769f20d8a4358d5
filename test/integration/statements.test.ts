import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../src/core/calendar/workdays.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

/**
 * How many statements a few hot requests send, so that reading the same thing again and again
 * (the campaign, the evaluation setup) cannot creep back in. The ceilings are today's counts.
 */
describe(`statements per request (${engine})`, () => {
  let t: TestApp;
  let office: Client;
  let pub: Client;
  let caseId: number;
  let roundId: number;
  let token: string;

  const day = (offset: number) => chinaDay(new Date(Date.now() + offset * 86_400_000));
  /** Statements the request sends, counted after a first run has warmed the instance's caches. */
  const sent = async (request: () => Promise<{ status: number }>): Promise<number> => {
    expect((await request()).status).toBeLessThan(300);
    const before = t.ctx.database.sent.statements;
    expect((await request()).status).toBeLessThan(300);
    return t.ctx.database.sent.statements - before;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const units = (await t.client().get('/api/units')).body as { id: number; name: string }[];
    const unitId = units.find((u) => u.name === '市环保局')?.id as number;
    office = t.client();
    await office.login(await t.user('office_staff'));
    pub = t.client();
    const filed = await office.post('/api/cases', {
      channel: 'hotline',
      detail: { line: 'line2', callTime: new Date(Date.now() - 60_000).toISOString() },
      reporter: { name: '王先生', phone: '13800138000' },
      unitId,
      category: 'cold_attitude',
      title: '窗口态度差',
      body: '窗口工作人员态度恶劣，材料齐全仍被要求反复补件。',
    });
    caseId = filed.body.id;
    expect((await office.post('/api/evaluations/evaluators', { panel: 'enterprise', name: '企业代表', organisation: '企业', dealtUnitIds: [unitId] })).status).toBe(201);
    roundId = (await office.post('/api/evaluations/rounds', { panel: 'enterprise', period: '2011Q3', opensOn: day(-1), closesOn: day(10) })).body.id;
    await office.post(`/api/evaluations/rounds/${roundId}/invitations`);
    const inv = (await office.get(`/api/evaluations/rounds/${roundId}/invitations`)).body.items as { link: string }[];
    token = (inv[0]?.link ?? '').split('#')[1] as string;
    // The audit sealer works beside the requests on the same database: counted, it would blur
    // what a request itself sends. It seals nothing during these counts.
    await t.ctx.sealer.stop();
    t.ctx.sealer.kick = () => undefined;
  });
  afterAll(() => t.close());

  it('lists cases in at most 2 statements', async () => {
    expect(await sent(() => office.get('/api/cases'))).toBeLessThanOrEqual(2);
  });

  it('shows a case (and audits the view) in at most 7 statements', async () => {
    expect(await sent(() => office.get(`/api/cases/${caseId}`))).toBeLessThanOrEqual(7);
  });

  it('saves an evaluator’s draft in at most 3 statements (and its transaction’s begin and commit on a server)', async () => {
    const transaction = engine === 'pg' ? 2 : 0;
    expect(await sent(() => pub.request('PUT', '/api/public/evaluate/draft', { roundId, token, answers: [] }))).toBeLessThanOrEqual(3 + transaction);
  });
});
