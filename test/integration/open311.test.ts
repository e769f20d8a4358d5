import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, startTestApp, type TestApp } from './harness.js';

const form = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe(`Open311 GeoReport v2 (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (body: Record<string, string>) =>
    t.client().request('POST', '/open311/v2/requests.json', form(body), { 'content-type': 'application/x-www-form-urlencoded' });

  it('lists the problem categories as services', async () => {
    const res = await t.client().get('/open311/v2/services.json');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(8);
    expect(res.body[5]).toEqual({ service_code: 'graft', service_name: '吃拿卡要', description: expect.any(String), metadata: false, type: 'realtime', keywords: '', group: '政风' });
    expect((await t.client().get('/open311/v2/services/graft.json')).body).toEqual({ service_code: 'graft', attributes: [] });
    const missing = await t.client().get('/open311/v2/services/bribery.json');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual([{ code: 404, description: 'service_code bribery not found' }]);
  });

  it('files a form-encoded request without an API key and answers with the receipt as token', async () => {
    const res = await post({ service_code: 'cold_attitude', description: '医保中心窗口工作人员态度冷漠，推诿不办。', first_name: '明', last_name: '刘', phone: '13900139000' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual([{ service_request_id: expect.stringMatching(/^ZF2011-\d{6}$/), token: expect.stringMatching(/^\d{20}$/), service_notice: expect.any(String), account_id: null }]);
    const [{ service_request_id: id, token }] = res.body;
    const byToken = await t.client().get(`/open311/v2/tokens/${token}.json`);
    expect(byToken.body).toEqual([{ service_request_id: id, token }]);
    const one = await t.client().get(`/open311/v2/requests/${id}.json`);
    expect(one.body).toHaveLength(1);
    expect(one.body[0]).toMatchObject({ service_request_id: id, status: 'open', service_code: 'cold_attitude', description: null, agency_responsible: null, media_url: null });
    expect(JSON.stringify(one.body)).not.toMatch(/推诿不办|刘|13900139000/);
    // Only the office's acceptance puts it on the public list.
    const listed = async () => ((await t.client().get('/open311/v2/requests.json?status=open')).body as { service_request_id: string }[]).map((r) => r.service_request_id);
    expect(await listed()).not.toContain(id);
    const office = t.client();
    await office.login(await t.user('office_staff'));
    const [row] = (await office.get(`/api/cases?q=${encodeURIComponent('推诿不办')}`)).body.items as { id: number }[];
    expect((await office.post(`/api/cases/${row?.id}/accept`, {})).status).toBe(200);
    const list = await t.client().get('/open311/v2/requests.json?status=open');
    expect(list.body.map((r: { service_request_id: string }) => r.service_request_id)).toContain(id);
    // Times to the minute, never the millisecond of the request.
    for (const r of list.body as { requested_datetime: string; updated_datetime: string }[]) {
      expect(r.requested_datetime).toMatch(/:00\.000Z$/);
      expect(r.updated_datetime).toMatch(/:00\.000Z$/);
    }
    expect((await t.client().get('/open311/v2/requests.json?status=closed')).body).toHaveLength(0);
  });

  it('lists no anonymous or unaccepted complaint, and lets no cache keep a token lookup', async () => {
    const anonymous = await post({ service_code: 'graft', description: '匿名反映窗口索要好处费。' });
    const named = await post({ service_code: 'graft', description: '实名反映窗口索要好处费。', first_name: '强', last_name: '王' });
    const office = t.client();
    await office.login(await t.user('office_staff'));
    for (const q of ['匿名反映', '实名反映']) {
      const [c] = (await office.get(`/api/cases?q=${encodeURIComponent(q)}`)).body.items as { id: number }[];
      await office.post(`/api/cases/${c?.id}/accept`, {});
    }
    const ids = ((await t.client().get('/open311/v2/requests.json')).body as { service_request_id: string }[]).map((r) => r.service_request_id);
    expect(ids).toContain(named.body[0].service_request_id);
    expect(ids).not.toContain(anonymous.body[0].service_request_id);
    const lookup = await t.client().get(`/open311/v2/tokens/${anonymous.body[0].token}.json`);
    expect(lookup.status).toBe(200);
    expect(lookup.headers.get('cache-control')).toBe('no-store');
    expect((await t.client().get('/open311/v2/tokens/12345678901234567890.json')).headers.get('cache-control')).toBe('no-store');
  });

  it('answers errors in the spec’s shape', async () => {
    const noDescription = await post({ service_code: 'graft' });
    expect(noDescription.status).toBe(400);
    expect(noDescription.body[0]).toMatchObject({ code: 400, description: expect.stringContaining('description') });
    const unknown = await post({ service_code: 'bribery', description: 'x' });
    expect(unknown.status).toBe(404);
    expect((await t.client().get('/open311/v2/requests/ZF2011-999999.json')).status).toBe(404);
    expect((await t.client().get('/open311/v2/tokens/123.json')).status).toBe(400);
  });

  it('never lists cases the office took in on other channels', async () => {
    const office = t.client();
    await office.login(await t.user('office_staff'));
    const filed = await office.post('/api/cases', { channel: 'walk_in', category: 'graft', title: '来访反映', body: '内部线索' });
    expect(filed.status).toBe(201);
    expect((await t.client().get(`/open311/v2/requests/${filed.body.code}.json`)).status).toBe(404);
    expect((await t.client().get(`/open311/v2/requests.json?service_request_id=${filed.body.code}`)).body).toHaveLength(0);
  });
});
