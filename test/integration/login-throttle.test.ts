import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditLog, users } from '../../src/core/db/tables.js';
import { engine, startTestApp, type Reply, type TestApp, type TestUser } from './harness.js';

/** What a refused sign-in tells the client, without what differs for every request. */
const answer = (r: Reply) => ({ status: r.status, type: r.headers.get('content-type'), retryAfter: r.headers.get('retry-after'), body: { ...r.body, requestId: undefined } });

// Behind a proxy, so that each test can sign in from addresses of its own (X-Forwarded-For).
describe(`sign-in throttling (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  const signIn = (from: string, username: string, password: string) =>
    t.client().request('POST', '/api/auth/login', { username, password }, { 'x-forwarded-for': from });
  const reasons = async (objectId: number) =>
    (await t.ctx.db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.objectId, String(objectId)))).orderBy(asc(auditLog.id))).map(
      (r) => (r.detail as { reason?: string } | null)?.reason ?? 'success',
    );

  it('checks no more than five passwords of an account however many attempts arrive together', async () => {
    const staff = await t.user('office_staff');
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(`10.1.0.${i + 1}`, staff.username, i === 15 ? staff.password : `wrong-password-${i}`)),
    );
    const seen = await reasons(staff.id);
    expect(seen).toHaveLength(40);
    expect(seen.filter((r) => r === 'wrong_password').length).toBeLessThanOrEqual(5);
    expect(seen.filter((r) => r === 'locked').length).toBeGreaterThanOrEqual(34);
    expect(replies.filter((r) => r.status === 200).length).toBe(seen.filter((r) => r === 'success').length);
  });

  it('counts failures from one address before checking them: 60 together meet a cap of 30', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `nobody-race-${i}`);
    const replies = await Promise.all(names.map((name) => signIn('10.2.0.1', name, 'Guess-Work-2011')));
    expect(replies.filter((r) => r.status === 401)).toHaveLength(30);
    expect(replies.filter((r) => r.status === 429)).toHaveLength(30);
    const checked = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.login'), inArray(auditLog.username, names)));
    expect(checked.filter((r) => (r.detail as { reason: string }).reason === 'unknown_user')).toHaveLength(30);
  });

  it('answers an unknown user, a disabled account, a locked one and a wrong password alike, and audits why', async () => {
    const from = '10.3.0.1';
    const disabled = await t.user('office_staff');
    await t.ctx.db.update(users).set({ disabled: true }).where(eq(users.id, disabled.id));
    const locked = await t.user('office_staff');
    for (let i = 0; i < 5; i++) await signIn('10.3.1.1', locked.username, `wrong-password-${i}`);
    const wrong = await t.user('office_staff');

    const replies = [
      await signIn(from, 'no-such-user-anywhere', 'Guess-Work-2011'),
      await signIn(from, disabled.username, disabled.password),
      await signIn(from, locked.username, locked.password),
      await signIn(from, wrong.username, 'not-the-password'),
    ];
    for (const r of replies) expect(answer(r)).toEqual(answer(replies[3] as Reply));
    expect(replies[3]?.status).toBe(401);
    expect((await reasons(disabled.id)).at(-1)).toBe('disabled');
    expect((await reasons(locked.id)).at(-1)).toBe('locked');
    expect((await reasons(wrong.id)).at(-1)).toBe('wrong_password');
    const [unknown] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.username, 'no-such-user-anywhere'));
    expect(unknown?.detail).toEqual({ reason: 'unknown_user' });
  });

  it('lets a user in from an address the user signed in from before while failures elsewhere lock the account', async () => {
    const staff = await t.user('office_staff');
    const home = '10.4.0.1';
    expect((await signIn(home, staff.username, staff.password)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn('10.4.9.9', staff.username, `wrong-password-${i}`)).status).toBe(401);
    // The intruder, even with the right password now, and anyone at a new address are refused…
    expect((await signIn('10.4.9.9', staff.username, staff.password)).status).toBe(401);
    expect((await signIn('10.4.0.2', staff.username, staff.password)).status).toBe(401);
    // …the user at home is not, and the lock stays for the others.
    expect((await signIn(home, staff.username, staff.password)).status).toBe(200);
    expect((await signIn('10.4.9.9', staff.username, staff.password)).status).toBe(401);
  });

  it('limits guessing at a known address too', async () => {
    const staff = await t.user('office_staff');
    const home = '10.5.0.1';
    expect((await signIn(home, staff.username, staff.password)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn(home, staff.username, `wrong-password-${i}`)).status).toBe(401);
    expect((await signIn(home, staff.username, staff.password)).status).toBe(401);
    expect((await reasons(staff.id)).at(-1)).toBe('locked');
  });

  it('keeps an address that failed too often open to the users who signed in from it before', async () => {
    const proxy = '10.6.0.1';
    const regular: TestUser = await t.user('office_staff');
    const newcomer = await t.user('office_staff');
    expect((await signIn(proxy, regular.username, regular.password)).status).toBe(200);
    for (let i = 0; i < 30; i++) expect((await signIn(proxy, `someone-${i}`, 'Guess-Work-2011')).status).toBe(401);
    expect((await signIn(proxy, regular.username, regular.password)).status).toBe(200);
    const refused = await signIn(proxy, newcomer.username, newcomer.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
  });
});
