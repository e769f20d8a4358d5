import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, passwordResetTokens, users } from '../../src/core/db/tables.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

describe(`user accounts (${engine})`, () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login(await t.user('office_admin'));
  });
  afterAll(() => t.close());

  it('creates a unit liaison bound to a unit, and lists it without secrets', async () => {
    const [unit] = (await admin.get(`/api/units?q=${encodeURIComponent('市公安局户政处')}`)).body;
    const res = await admin.post('/api/users', { username: 'huzheng', displayName: '户政联络员', role: 'unit_liaison', unitId: unit.id, password: 'Harbin-Liaison-01' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: 'unit_liaison', unitId: unit.id, unitName: '市公安局户政处', totpEnabled: false });
    const list = await admin.get('/api/users');
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|passwordHash|totpSecret/);
  });

  it('refuses a liaison without a unit, a duplicate username and unknown fields, naming the field', async () => {
    const noUnit = await admin.post('/api/users', { username: 'x-liaison', displayName: 'x', role: 'unit_liaison', password: 'Good-Passw0rd-x' });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors).toEqual([{ path: 'unitId', message: 'is required for role unit_liaison' }]);
    const dup = await admin.post('/api/users', { username: 'HUZHENG', displayName: 'x', role: 'leader', password: 'Good-Passw0rd-x' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toBe('username');
    const extra = await admin.post('/api/users', { username: 'yy', displayName: 'y', role: 'leader', password: 'Good-Passw0rd-x', isRoot: true });
    expect(extra.status).toBe(400);
    const badRole = await admin.post('/api/users', { username: 'zz', displayName: 'z', role: 'root', password: 'Good-Passw0rd-x' });
    expect(badRole.body.errors[0].path).toBe('body.role');
    expect((await admin.get('/api/users')).body.map((u: { username: string }) => u.username)).not.toContain('x-liaison');
  });

  it('is for the administrator only', async () => {
    const staff = t.client();
    await staff.login(await t.user('office_staff'));
    expect((await staff.get('/api/users')).status).toBe(403);
    expect((await staff.post('/api/users', { username: 'q', displayName: 'q', role: 'office_admin', password: 'Good-Passw0rd-x' })).status).toBe(403);
  });

  it('lets the administrator reset a lost password: every session of that user ends, a lock is lifted', async () => {
    const user = await t.user('office_staff');
    const desk = t.client();
    const phone = t.client();
    await desk.login(user);
    await phone.login(user);
    await t.ctx.db.execute(sql`update users set locked_until = now() + interval '10 minutes', failed_logins = 3 where id = ${user.id}`);
    const staff = t.client();
    await staff.login(await t.user('office_staff'));
    expect((await staff.post(`/api/users/${user.id}/password`, { newPassword: 'Brand-New-Passw0rd' })).status).toBe(403);
    const weak = await admin.post(`/api/users/${user.id}/password`, { newPassword: 'short' });
    expect([weak.status, weak.body.errors[0].path]).toEqual([400, 'newPassword']);
    expect((await admin.post('/api/users/987654/password', { newPassword: 'Brand-New-Passw0rd' })).status).toBe(404);
    expect((await admin.post(`/api/users/${user.id}/password`, { newPassword: 'Brand-New-Passw0rd' })).status).toBe(204);
    expect((await desk.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().login(user)).status).toBe(401);
    expect((await t.client().login({ ...user, password: 'Brand-New-Passw0rd' })).status).toBe(200);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.lockedUntil).toBeNull();
    const trail = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.password_reset'), eq(auditLog.objectId, String(user.id))));
    expect(trail).toHaveLength(1);
    // The administrator's own reset keeps the session it was made in.
    const me = (await admin.get('/api/auth/me')).body as { id: number };
    expect((await admin.post(`/api/users/${me.id}/password`, { newPassword: 'Admin-Own-Passw0rd-2' })).status).toBe(204);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('lets the administrator reset a lost two-factor sign-in: the user’s sessions end, and they must enrol again', async () => {
    const user = await t.user('office_admin');
    const desk = t.client();
    await desk.login(user);
    expect((await desk.get('/api/auth/me')).body.totpEnabled).toBe(true);
    const staff = t.client();
    await staff.login(await t.user('office_staff'));
    expect((await staff.post(`/api/users/${user.id}/totp/reset`, {})).status).toBe(403);
    expect((await admin.post('/api/users/987654/totp/reset', {})).status).toBe(404);
    const reset = await admin.post(`/api/users/${user.id}/totp/reset`, {});
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ id: user.id, totpEnabled: false });
    expect((await desk.get('/api/auth/me')).status).toBe(401);
    // Signed in with the password alone, an administrator may do nothing but enrol again.
    const again = t.client();
    expect((await again.login({ ...user, totpSecret: null })).status).toBe(200);
    const me = (await again.get('/api/auth/me')).body as { totpEnabled: boolean; totpEnrollmentRequired: boolean };
    expect(me).toMatchObject({ totpEnabled: false, totpEnrollmentRequired: true });
    expect((await again.get('/api/users')).status).toBe(403);
    expect((await again.post('/api/auth/totp/setup', {})).status).toBe(200);
    const trail = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.totp_reset'), eq(auditLog.objectId, String(user.id))));
    expect(trail).toHaveLength(1);
  });

  it('gives a one-time password link: the user sets a new password with it once, sessions end, a lock is lifted', async () => {
    const user = await t.user('office_staff');
    const desk = t.client();
    await desk.login(user);
    await t.ctx.db.execute(sql`update users set locked_until = now() + interval '10 minutes', failed_logins = 5 where id = ${user.id}`);
    const staff = t.client();
    await staff.login(await t.user('office_staff'));
    expect((await staff.post(`/api/users/${user.id}/password/link`, {})).status).toBe(403);
    expect((await admin.post('/api/users/987654/password/link', {})).status).toBe(404);

    const first = await admin.post(`/api/users/${user.id}/password/link`, {});
    expect(first.status).toBe(201);
    const link = await admin.post(`/api/users/${user.id}/password/link`, {});
    expect(link.status).toBe(201);
    expect(new Date(link.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    // Only the hash is kept, and nothing changes until the link is used.
    expect(JSON.stringify(await t.ctx.db.select().from(passwordResetTokens))).not.toContain(link.body.token as string);
    expect((await desk.get('/api/auth/me')).status).toBe(200);

    const anon = t.client();
    // A newer link ends the earlier one; a weak password leaves the link usable.
    const stale = await anon.post('/api/password-link', { token: first.body.token, newPassword: 'Brand-New-Passw0rd-L' });
    expect([stale.status, stale.body.type]).toEqual([400, 'about:blank#password_link_invalid']);
    const weak = await anon.post('/api/password-link', { token: link.body.token, newPassword: user.username });
    expect([weak.status, weak.body.errors?.[0]?.path]).toEqual([400, 'newPassword']);
    expect((await anon.post('/api/password-link', { token: link.body.token, newPassword: 'Brand-New-Passw0rd-L' })).status).toBe(204);
    expect((await anon.post('/api/password-link', { token: link.body.token, newPassword: 'Other-New-Passw0rd-L' })).body.type).toBe('about:blank#password_link_invalid');

    expect((await desk.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().login({ ...user, password: 'Brand-New-Passw0rd-L' })).status).toBe(200);
    const trail = await t.ctx.db.select().from(auditLog).where(eq(auditLog.objectId, String(user.id)));
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(['user.password_link', 'user.password_link_used']));
    const denied = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.password_link_used'), eq(auditLog.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('a link for a disabled account does nothing', async () => {
    const user = await t.user('leader');
    const link = await admin.post(`/api/users/${user.id}/password/link`, {});
    expect((await admin.patch(`/api/users/${user.id}`, { disabled: true })).status).toBe(200);
    const used = await t.client().post('/api/password-link', { token: link.body.token, newPassword: 'Brand-New-Passw0rd-D' });
    expect([used.status, used.body.type]).toEqual([400, 'about:blank#password_link_invalid']);
  });

  it('a change of role or unit ends the user’s sessions; a change of name does not', async () => {
    const user = await t.user('leader');
    const desk = t.client();
    await desk.login(user);
    expect((await admin.patch(`/api/users/${user.id}`, { displayName: '新名字' })).status).toBe(200);
    expect((await desk.get('/api/auth/me')).body.displayName).toBe('新名字');
    expect((await admin.patch(`/api/users/${user.id}`, { role: 'office_staff' })).status).toBe(200);
    expect((await desk.get('/api/auth/me')).status).toBe(401);
  });
});
