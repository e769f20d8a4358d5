import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, startTestApp, type TestApp } from './harness.js';

type Operation = { security?: unknown[] };

describe(`access control (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 401 problem+json on every protected route when not signed in', async () => {
    const doc = (await t.client().get('/api/docs/json')).body as { paths: Record<string, Record<string, Operation>> };
    const publicRoutes = new Set([
      'GET /api/plan',
      'GET /api/units',
      'GET /api/units/{id}',
      'GET /api/units/{id}/history',
      'GET /api/projects',
      'GET /api/public/plan',
      'GET /api/public/units',
      'POST /api/auth/login',
      'GET /api/setup/status',
      'POST /api/setup',
      'POST /api/password-link',
      'POST /api/public/cases',
      'POST /api/public/track',
      'POST /api/public/track/messages',
      'GET /api/public/rankings',
      'GET /api/public/rankings/{period}',
      'POST /api/public/evaluate/open',
      'PUT /api/public/evaluate/draft',
      'POST /api/public/evaluate/submit',
    ]);
    const checked: string[] = [];
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const route = `${method.toUpperCase()} ${p}`;
        if (publicRoutes.has(route) || !p.startsWith('/api/')) continue;
        const url = p.replace(/\{[^}]+\}/g, '1');
        const res = await t.client().request(method.toUpperCase(), url, method === 'get' ? undefined : {});
        expect(res.status, route).toBe(401);
        expect(res.headers.get('content-type'), route).toContain('application/problem+json');
        checked.push(route);
      }
    }
    expect(checked.length).toBeGreaterThan(12);
  });

  it('keeps the audit trail from the administrator, and everything else from the auditor', async () => {
    const admin = t.client();
    await admin.login(await t.user('office_admin'));
    expect((await admin.get('/api/audit')).status).toBe(403);
    expect((await admin.get('/api/audit/verify')).status).toBe(403);
    const auditor = t.client();
    await auditor.login(await t.user('auditor'));
    expect((await auditor.get('/api/audit')).status).toBe(200);
    expect((await auditor.get('/api/users')).status).toBe(403);
    expect((await auditor.get('/api/units/1/liaisons')).status).toBe(403);
  });

  it('shows a unit liaison its own unit and sub-units only: another unit is 404, like one that does not exist', async () => {
    const units = (await t.client().get('/api/units')).body as { id: number; name: string; parentId: number | null }[];
    const id = (name: string) => units.find((u) => u.name === name)?.id as number;
    const own = id('市环保局');
    const sub = id('市环保局环评处');
    const other = id('市公安局');
    const liaison = await t.user('unit_liaison', { unit: '市环保局' });
    await t.user('unit_liaison', { unit: '市公安局', username: 'police-liaison' });
    const c = t.client();
    await c.login(liaison);
    expect((await c.get('/api/auth/me')).body.unit).toEqual({ id: own, name: '市环保局' });
    const mine = await c.get(`/api/units/${own}/liaisons`);
    expect(mine.status).toBe(200);
    expect(mine.body.map((u: { username: string }) => u.username)).toEqual([liaison.username]);
    expect((await c.get(`/api/units/${sub}/liaisons`)).status).toBe(200);
    const theirs = await c.get(`/api/units/${other}/liaisons`);
    const missing = await c.get('/api/units/999999/liaisons');
    expect(theirs.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(theirs.body.detail).toBe(missing.body.detail);
    const office = t.client();
    await office.login(await t.user('office_staff'));
    expect((await office.get(`/api/units/${other}/liaisons`)).body.map((u: { username: string }) => u.username)).toEqual(['police-liaison']);
    expect((await c.get('/api/users')).status).toBe(403);
  });

  it('sends the security headers', async () => {
    const res = await t.client().get('/api/plan');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never answers bad input with a 500 or a stack trace', async () => {
    const c = t.client();
    const bodies = ['{', '[]', 'null', '"x"', JSON.stringify({ username: 'a'.repeat(10_000), password: 'x' })];
    for (const body of bodies) {
      const res = await c.request('POST', '/api/auth/login', body);
      expect(res.status, body.slice(0, 20)).toBeGreaterThanOrEqual(400);
      expect(res.status, body.slice(0, 20)).toBeLessThan(500);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    expect((await c.get('/api/units/abc/history')).status).toBe(400);
    expect((await c.get('/api/units/99999999999/history')).status).toBe(400);
    expect((await c.get('/api/units/424242/history')).status).toBe(404);
  });
});
