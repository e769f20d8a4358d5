import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engine, startTestApp, type TestApp } from './harness.js';

const complaint = (title: string) => ({ anonymous: true, category: 'cold_attitude', title, body: '窗口人员态度冷漠，推诿扯皮。' });

describe(`portal intake (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('takes only random UUIDs (v4) as Idempotency-Key, naming the header otherwise', async () => {
    const anon = t.client();
    for (const key of ['call-0001-abcdef', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '0f8fad5b-d9cb-469f-c165-70867728950e', `${randomUUID()}0`]) {
      const res = await anon.request('POST', '/api/public/cases', complaint('键的格式'), { 'idempotency-key': key });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors).toEqual([{ path: 'headers.idempotency-key', message: 'must be a random UUID (version 4)' }]);
    }
  });

  it('answers a retry with the same key within the hour, and forgets the key after it', async () => {
    const anon = t.client();
    const key = randomUUID();
    const first = await anon.request('POST', '/api/public/cases', complaint('重试'), { 'idempotency-key': key.toUpperCase() });
    expect(first.status).toBe(201);
    const retry = await anon.request('POST', '/api/public/cases', complaint('重试'), { 'idempotency-key': key });
    expect(retry.body).toEqual(first.body);
    await t.ctx.db.execute(sql`update idempotency_keys set created_at = now() - interval '61 minutes' where scope = 'public' and key = ${key}`);
    const late = await anon.request('POST', '/api/public/cases', complaint('重试'), { 'idempotency-key': key });
    expect(late.status).toBe(201);
    expect(late.body.code).not.toBe(first.body.code);
    expect(late.body.receipt).not.toBe(first.body.receipt);
  });
});

/**
 * POSTs `total` bytes announced in Content-Length but sends only the first chunk, and resolves
 * with the status if the server answers within `ms` (it can only do so without the body).
 */
function answerBeforeBody(url: string, total: number, ms: number): Promise<number | 'no answer'> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/public/cases`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': total } });
    const timer = setTimeout(() => {
      req.destroy();
      resolve('no answer');
    }, ms);
    req.on('response', (res) => {
      clearTimeout(timer);
      res.resume();
      req.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.write(`{"anonymous":true,"category":"cold_attitude","title":"大","body":"${'x'.repeat(256 * 1024)}`);
  });
}

describe(`portal intake rate limit (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses an address over its limit before reading the body, and counts each request once', async () => {
    const anon = t.client();
    for (let i = 0; i < 10; i++) expect((await anon.post('/api/public/cases', complaint(`第${i}件`))).status).toBe(201);
    // 60 MB announced (under the route's body limit), 256 KB sent: only a refusal can come back.
    expect(await answerBeforeBody(t.url, 60_000_000, 5000)).toBe(429);
    expect((await anon.post('/api/public/cases', complaint('第十一件'))).status).toBe(429);
  });

  it('tells each of the office’s staff of a new public complaint, once, and nobody else', async () => {
    const staff = t.client();
    await staff.login(await t.user('office_staff'));
    const leader = t.client();
    await leader.login(await t.user('leader'));
    const before = (await staff.get('/api/notifications/unread-count')).body.unread as number;
    await t.ctx.db.execute(sql`delete from rate_limits`); // the test before used up this address's allowance
    const key = randomUUID();
    const filed = await t.client().request('POST', '/api/public/cases', complaint('窗口态度冷漠'), { 'idempotency-key': key });
    expect(filed.status).toBe(201);
    await t.client().request('POST', '/api/public/cases', complaint('窗口态度冷漠'), { 'idempotency-key': key });
    expect((await staff.get('/api/notifications/unread-count')).body.unread).toBe(before + 1);
    const [notice] = (await staff.get('/api/notifications')).body.items as { kind: string; title: string; message: { key: string } }[];
    expect(notice).toMatchObject({ kind: 'intake', message: { key: 'case.portal' }, title: `群众投诉：${filed.body.code} 窗口态度冷漠` });
    expect((await leader.get('/api/notifications/unread-count')).body.unread).toBe(0);
  });
});
