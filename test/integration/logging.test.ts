import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engine, startTestApp, type TestApp } from './harness.js';

describe(`the log (${engine})`, () => {
  let t: TestApp;
  let log = '';
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString('utf8');
        done();
      },
    });
    t = await startTestApp({ LOG_LEVEL: 'info' }, { logTo: sink });
  });
  afterAll(() => t.close());

  it("records a failed query's error and statement, never its parameters", async () => {
    const staff = t.client();
    await staff.login(await t.user('office_staff'));
    // The search statement now names a column that is not there: it fails in the database.
    await t.ctx.db.execute(sql`alter table cases rename column search_vector to search_vector_moved`);
    const term = '王秘书长家住平房区';
    const res = await staff.get(`/api/cases?q=${encodeURIComponent(term)}`);
    expect(res.status).toBe(500);
    await new Promise((r) => setTimeout(r, 50));
    expect(log).not.toContain(term);
    expect(log).not.toContain(encodeURIComponent(term));
    expect(log).not.toMatch(/params/);
    // The error is there, with the statement (its text has placeholders, not values) and SQLSTATE.
    expect(log).toContain('unhandled error');
    expect(log).toContain('search_vector');
    expect(log).toContain('42703');
  });

  it('logs at info what failed, what was slow and every sign-in, not every answer', async () => {
    log = '';
    const anon = t.client();
    expect((await anon.get('/api/plan')).status).toBe(200);
    expect((await anon.get('/api/cases/1')).status).toBe(401);
    await anon.post('/api/auth/login', { username: 'nobody', password: 'wrong-password-1' });
    await new Promise((r) => setTimeout(r, 50));
    const lines = log.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; req?: { method: string; url: string }; res?: { statusCode: number } });
    const answered = lines.filter((l) => l.msg === 'request completed').map((l) => `${l.req?.method} ${l.req?.url} ${l.res?.statusCode}`);
    expect(answered).toEqual(['GET /api/cases/1 401', 'POST /api/auth/login 401']);
  });
});
