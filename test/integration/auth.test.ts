import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, users } from '../../src/core/db/tables.js';
import { engine, startTestApp, type Reply, type TestApp } from './harness.js';

/** What a refused sign-in tells the client, without what differs for every request. */
const answer = (r: Reply | undefined) => ({ status: r?.status, type: r?.headers.get('content-type'), body: { ...r?.body, requestId: undefined } });

describe(`signing in (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with a password, answers /me, and signs out', async () => {
    const staff = await t.user('office_staff');
    const c = t.client();
    const res = await c.login(staff);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ csrfToken: expect.any(String), totpEnrollmentRequired: false });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await c.get('/api/auth/me');
    expect(me.body).toMatchObject({ username: staff.username, role: 'office_staff', unit: null, csrfToken: c.csrf });
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    const after = await c.get('/api/auth/me');
    expect(after.status).toBe(401);
  });

  it('answers a wrong password with 401 problem+json and audits the attempt', async () => {
    const staff = await t.user('office_staff');
    const res = await t.client().post('/api/auth/login', { username: staff.username, password: 'wrong-password-1' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const rows = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.username, staff.username)));
    expect(rows.map((r) => r.outcome)).toEqual(['failure']);
  });

  it('locks the account after five failures: the sixth attempt is refused even with the right password, in the same words as a wrong one', async () => {
    const staff = await t.user('office_staff');
    const c = t.client();
    let wrong: Reply | undefined;
    for (let i = 0; i < 5; i++) {
      wrong = await c.post('/api/auth/login', { username: staff.username, password: `wrong-password-${i}` });
      expect(wrong.status).toBe(401);
    }
    const sixth = await c.login(staff);
    expect(sixth.status).toBe(401);
    expect(sixth.headers.get('retry-after')).toBeNull();
    expect(answer(sixth)).toEqual(answer(wrong));
    const lockouts = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.lockout'), eq(auditLog.objectId, String(staff.id))));
    expect(lockouts).toHaveLength(1);
    const reasons = await t.ctx.db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.objectId, String(staff.id)))).orderBy(asc(auditLog.id));
    expect(reasons.map((r) => (r.detail as { reason: string }).reason)).toEqual([...Array(5).fill('wrong_password'), 'locked']);
    // The administrator can unlock it.
    const admin = t.client();
    await admin.login(await t.user('office_admin'));
    expect((await admin.patch(`/api/users/${staff.id}`, { unlock: true })).body.lockedUntil).toBeNull();
    expect((await c.login(staff)).status).toBe(200);
  });

  it('slows down an address that fails to sign in to many accounts, even with a right password then', async () => {
    // A fresh app of its own: the counter is per address, and every client here is 127.0.0.1.
    const own = await startTestApp();
    try {
      const real = await own.user('office_staff');
      const c = own.client();
      for (let i = 0; i < 30; i++) {
        expect((await c.post('/api/auth/login', { username: `someone${i}`, password: 'Guess-Work-2011' })).status).toBe(401);
      }
      const next = await c.login(real);
      expect(next.status).toBe(429);
      expect(next.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(60);
    } finally {
      await own.close();
    }
  });

  it("ends a disabled user's open session at once", async () => {
    const staff = await t.user('office_staff');
    const c = t.client();
    await c.login(staff);
    expect((await c.get('/api/campaigns')).status).toBe(200);
    const admin = t.client();
    await admin.login(await t.user('office_admin'));
    expect((await admin.patch(`/api/users/${staff.id}`, { disabled: true })).status).toBe(200);
    expect((await c.get('/api/campaigns')).status).toBe(401);
    expect((await c.login(staff)).status).toBe(401);
  });

  it('ends a session that has been idle too long', async () => {
    const staff = await t.user('office_staff');
    const c = t.client();
    await c.login(staff);
    const { sessions } = await import('../../src/core/db/tables.js');
    await t.ctx.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) }).where(eq(sessions.userId, staff.id));
    expect((await c.get('/api/campaigns')).status).toBe(401);
  });

  it('refuses a changing request without the CSRF token', async () => {
    const admin = t.client();
    await admin.login(await t.user('office_admin'));
    const res = await admin.request('PATCH', '/api/units/1', { note: 'x' }, { 'x-csrf-token': '' });
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/CSRF/);
  });

  describe('two factors', () => {
    it('asks for the TOTP code before giving a session, and refuses a wrong or replayed code', async () => {
      const admin = await t.user('office_admin');
      const c = t.client();
      const first = await c.post('/api/auth/login', { username: admin.username, password: admin.password });
      expect(first.body).toEqual({ totpRequired: true });
      expect(first.headers.get('set-cookie')).toBeNull();
      const wrong = await c.post('/api/auth/login', { username: admin.username, password: admin.password, totp: '000000' });
      expect(wrong.status).toBe(401);
      const code = c.code(admin);
      const ok = await c.post('/api/auth/login', { username: admin.username, password: admin.password, totp: code });
      expect(ok.status).toBe(200);
      const replay = await t.client().post('/api/auth/login', { username: admin.username, password: admin.password, totp: code });
      expect(replay.status).toBe(401);
    });

    it('makes an administrator without a second factor enrol before anything else', async () => {
      const admin = await t.user('office_admin', { enrolTotp: false });
      const c = t.client();
      const res = await c.login(admin);
      expect(res.body.totpEnrollmentRequired).toBe(true);
      expect((await c.get('/api/users')).status).toBe(403);
      expect((await c.get('/api/auth/me')).body.totpEnrollmentRequired).toBe(true);
      const setup = await c.post('/api/auth/totp/setup');
      expect(setup.status).toBe(200);
      expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      expect((await c.post('/api/auth/totp/enable', { code: '12345' })).status).toBe(400);
      admin.totpSecret = setup.body.secret;
      expect((await c.post('/api/auth/totp/enable', { code: c.code(admin) })).status).toBe(204);
      expect((await c.get('/api/users')).status).toBe(200);
      const [row] = await t.ctx.db.select().from(users).where(eq(users.id, admin.id));
      expect(row?.totpSecret).not.toContain(setup.body.secret);
    });

    it('lets any staff user turn two factors on', async () => {
      const leader = await t.user('leader');
      const c = t.client();
      await c.login(leader);
      const setup = await c.post('/api/auth/totp/setup');
      leader.totpSecret = setup.body.secret;
      expect((await c.post('/api/auth/totp/enable', { code: c.code(leader) })).status).toBe(204);
      expect((await t.client().post('/api/auth/login', { username: leader.username, password: leader.password })).body).toEqual({ totpRequired: true });
    });
  });

  describe('passwords', () => {
    it('refuses short and common passwords, naming the field', async () => {
      const admin = t.client();
      await admin.login(await t.user('office_admin'));
      const short = await admin.post('/api/users', { username: 'zhang', displayName: '张', role: 'office_staff', password: 'Sh0rt!' });
      expect(short.status).toBe(400);
      expect(short.body.errors[0]).toMatchObject({ path: 'password' });
      const common = await admin.post('/api/users', { username: 'zhang', displayName: '张', role: 'office_staff', password: 'qwertyuiop' });
      expect(common.body.errors[0]).toEqual({ path: 'password', message: 'is in the list of common passwords' });
    });

    it('changes my password only with the current one', async () => {
      const staff = await t.user('office_staff');
      const c = t.client();
      await c.login(staff);
      expect((await c.post('/api/auth/password', { currentPassword: 'nope-nope-nope', newPassword: 'An0ther-Good-One' })).status).toBe(400);
      expect((await c.post('/api/auth/password', { currentPassword: staff.password, newPassword: 'An0ther-Good-One' })).status).toBe(204);
      expect((await t.client().login({ ...staff, password: 'An0ther-Good-One' })).status).toBe(200);
    });

    it('ends my other sessions when I change my password, and keeps this one', async () => {
      const staff = await t.user('office_staff');
      const here = t.client();
      const there = t.client();
      await here.login(staff);
      await there.login(staff);
      // Both sessions have been read (and kept in memory) before the change.
      expect((await here.get('/api/auth/me')).status).toBe(200);
      expect((await there.get('/api/auth/me')).status).toBe(200);
      expect((await here.post('/api/auth/password', { currentPassword: staff.password, newPassword: 'Thr33-New-Secrets' })).status).toBe(204);
      expect((await there.get('/api/auth/me')).status).toBe(401);
      expect((await here.get('/api/auth/me')).status).toBe(200);
      const { sessions } = await import('../../src/core/db/tables.js');
      expect(await t.ctx.db.select().from(sessions).where(eq(sessions.userId, staff.id))).toHaveLength(1);
    });
  });
});
