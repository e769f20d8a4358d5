import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, isNull, sql } from 'drizzle-orm';
import { sealPending } from '../../src/core/audit/sealer.js';
import { verifyChain } from '../../src/core/audit/verify.js';
import { auditLog } from '../../src/core/db/tables.js';
import { engine, startTestApp, type TestApp } from './harness.js';

describe(`audit trail (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * Seals what is pending. The app's own sealer, woken by each change, may hold the sealing lock
   * at that moment (sealPending then leaves the rows to it): wait until nothing is left unsealed.
   */
  const seal = async () => {
    for (let i = 0; i < 100; i++) {
      await sealPending(t.ctx.db, t.config.auditKey);
      const [left] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(isNull(auditLog.seq));
      if ((left?.n ?? 0) === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('records changes and sign-ins with who, what, outcome and request id, and chains them', async () => {
    const staff = await t.user('office_staff');
    const c = t.client();
    const res = await c.login(staff);
    await c.post('/api/auth/login', { username: staff.username, password: 'not-the-password' });
    await seal();
    const rows = await t.ctx.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const login = rows.find((r) => r.action === 'auth.login' && r.outcome === 'success' && r.username === staff.username);
    expect(login).toMatchObject({ userId: staff.id, objectType: 'user', objectId: String(staff.id), requestId: res.headers.get('x-request-id') });
    expect(rows.some((r) => r.action === 'auth.login' && r.outcome === 'failure' && r.username === staff.username)).toBe(true);
    expect(rows.every((r, i) => r.seq === i + 1 && r.mac !== null)).toBe(true);
    expect(await verifyChain(t.ctx.db, t.config.auditKey)).toMatchObject({ ok: true, firstBroken: null, unsealed: 0 });
  });

  it('seals rows written concurrently, each exactly once, in one unbroken chain', async () => {
    const staff = await Promise.all(Array.from({ length: 4 }, () => t.user('office_staff')));
    await Promise.all(
      staff.flatMap((u) => Array.from({ length: 5 }, () => t.client().post('/api/auth/login', { username: u.username, password: 'wrong-password-x' }))),
    );
    await Promise.all([seal(), seal(), seal()]);
    await seal();
    expect(await t.ctx.db.select().from(auditLog).where(isNull(auditLog.seq))).toHaveLength(0);
    const seqs = (await t.ctx.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(asc(auditLog.seq))).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await verifyChain(t.ctx.db, t.config.auditKey)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows from the application', async () => {
    await seal();
    await expect(t.ctx.db.execute(sql`update audit_log set outcome = 'success' where id = 1`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`update audit_log set mac = 'x' where id = 1`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from audit_log where id = 1`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await verifyChain(t.ctx.db, t.config.auditKey)).ok).toBe(true);
  });

  it('lets the auditor list, filter and verify the trail through the API, and audits that reading', async () => {
    const auditor = await t.user('auditor');
    const c = t.client();
    await c.login(auditor);
    await seal();
    const failures = await c.get('/api/audit?action=auth.login&outcome=failure&limit=5');
    expect(failures.status).toBe(200);
    expect(failures.body.items).toHaveLength(5);
    expect(failures.body.items.every((r: { outcome: string }) => r.outcome === 'failure')).toBe(true);
    const next = await c.get(`/api/audit?action=auth.login&outcome=failure&limit=5&cursor=${failures.body.nextCursor}`);
    expect(next.body.items[0].id).toBeLessThan(failures.body.items[4].id);
    expect((await c.get('/api/audit?from=yesterday')).body.errors[0].path).toBe('querystring.from');
    const verify = await c.get('/api/audit/verify');
    expect(verify.body).toMatchObject({ ok: true, firstBroken: null });
    await seal();
    const reads = await c.get(`/api/audit?action=audit.query&username=${auditor.username}`);
    // the two successful queries above; the refused one read nothing
    expect(reads.body.items).toHaveLength(2);
  });

  it('names the first row whose content was altered behind the application’s back', async () => {
    await seal();
    const [victim] = await t.ctx.db.select().from(auditLog).where(sql`${auditLog.action} = 'auth.login' and ${auditLog.outcome} = 'failure'`).limit(1);
    if (!victim) throw new Error('no row to tamper with');
    // A database superuser can switch the guard off; the chain still tells.
    await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_guard`);
    await t.ctx.db.execute(sql`update audit_log set outcome = 'success' where id = ${victim.id}`);
    await t.ctx.db.execute(sql`alter table audit_log enable trigger audit_log_guard`);
    const result = await verifyChain(t.ctx.db, t.config.auditKey);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ id: victim.id, seq: victim.seq });
    expect(result.checked).toBe((victim.seq as number) - 1);
  });
});
