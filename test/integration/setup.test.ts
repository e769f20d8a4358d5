import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../src/modules/accounts/setup.js';
import { engine, startTestApp, type TestApp } from './harness.js';

describe(`first administrator (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sets the first administrator up with the one-time link, once', async () => {
    const c = t.client();
    expect((await c.get('/api/setup/status')).body).toEqual({ needed: true });
    const stale = await t.ctx.db.transaction((tx) => issueSetupToken(tx));
    const token = await t.ctx.db.transaction((tx) => issueSetupToken(tx));
    expect(token).not.toBeNull();
    const body = { username: 'chief', displayName: '办公室主任', password: 'Harbin-2011-Zhengfeng' };
    expect((await c.post('/api/setup', { ...body, token: stale })).status).toBe(403);
    const weak = await c.post('/api/setup', { ...body, token, password: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].path).toBe('password');
    const ok = await c.post('/api/setup', { ...body, token });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ username: 'chief', role: 'office_admin' });
    expect((await c.post('/api/setup', { ...body, username: 'second', token })).status).toBe(403);
    expect((await c.get('/api/setup/status')).body).toEqual({ needed: false });
    expect(await t.ctx.db.transaction((tx) => issueSetupToken(tx))).toBeNull();
    const login = await c.post('/api/auth/login', { username: 'chief', password: body.password });
    expect(login.body.totpEnrollmentRequired).toBe(true);
  });
});
