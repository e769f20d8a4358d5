import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, isNotNull, sql } from 'drizzle-orm';
import { checkpointFileOf } from '../../src/core/audit/anchor.js';
import { chainMac, insertMac } from '../../src/core/audit/chain.js';
import { sealPending, type Refusal } from '../../src/core/audit/sealer.js';
import { rows } from '../../src/core/db/client.js';
import { verifyChain, type VerifyResult } from '../../src/core/audit/verify.js';
import type { Db, Tx } from '../../src/core/db/client.js';
import { auditLog } from '../../src/core/db/tables.js';
import { engine, startTestApp, type TestApp } from './harness.js';

/**
 * The four ways someone with write access to the database got past audit:verify (finding 6):
 * deleting the oldest or the newest rows, inserting a back-dated row for the sealer to seal, and
 * nulling a rewritten row's seals for the sealer to re-seal. Each attack runs as the attacker
 * would (user triggers off), inside a transaction rolled back afterwards, so that each starts
 * from the same untouched chain.
 */
describe(`audit chain anchors (${engine})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  let file: string;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-anchor-'));

  beforeAll(async () => {
    t = await startTestApp();
    const staff = await t.user('office_staff');
    const office = t.client();
    await office.login(staff);
    for (let i = 0; i < 3; i++) {
      const filed = await office.post('/api/cases', {
        channel: 'letter', detail: {}, category: 'graft', title: `来信 ${i}`, body: '来信反映某窗口工作人员吃拿卡要。',
      });
      expect(filed.status).toBe(201);
    }
    for (let i = 0; i < 4; i++) await t.client().post('/api/auth/login', { username: staff.username, password: 'wrong-password-x' });
    await new Promise((r) => setTimeout(r, 200)); // the request's sealer kicks have run
    await t.ctx.sealer.seal();
    await t.ctx.sealer.checkpoint(true);
    file = checkpointFileOf(t.config.DATA_DIR);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  class Rollback extends Error {}

  /** Runs the attack and the checks in one transaction that is then rolled back. */
  async function attack<T>(fn: (tx: Tx, db: Db) => Promise<T>): Promise<T> {
    let out: T | undefined;
    await t.ctx.db
      .transaction(async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger user`);
        out = await fn(tx, tx as unknown as Db);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
    return out as T;
  }

  /** Seals what requests left and checkpoints the head, as the sealer does every minute. */
  async function anchorNow(): Promise<void> {
    await new Promise((r) => setTimeout(r, 150));
    await t.ctx.sealer.seal();
    await t.ctx.sealer.checkpoint(true);
  }

  const verify = (db: Db | Tx, files: string[] = [file]) => verifyChain(db, t.config.auditKey, { checkpointFiles: files, graceSeconds: 0 });
  const kinds = (r: VerifyResult) => r.problems.map((p) => p.kind);
  const head = async (db: Db | Tx) =>
    (await db.select().from(auditLog).where(isNotNull(auditLog.seq)).orderBy(desc(auditLog.seq)).limit(1))[0] as typeof auditLog.$inferSelect;

  it('verifies the untouched chain against its checkpoint, intake rows included', async () => {
    const r = await verify(t.ctx.db);
    expect(r).toMatchObject({ ok: true, firstBroken: null, problems: [], unsealed: 0 });
    expect(r.checkpoints).toBeGreaterThan(0);
    const intake = await t.ctx.db.select().from(auditLog).where(sql`${auditLog.action} = 'case.create'`);
    expect(intake).toHaveLength(3);
    expect(intake.every((row) => row.imac !== null && row.seq !== null)).toBe(true);
  });

  it('reports the newest rows deleted: the checkpointed seq is gone', async () => {
    await anchorNow();
    const r = await attack(async (tx) => {
      const top = await head(tx);
      await tx.execute(sql`delete from audit_log where seq > ${(top.seq as number) - 3}`);
      return { anchored: await verify(tx), unanchored: await verify(tx, []) };
    });
    expect(r.unanchored.ok).toBe(true); // what audit:verify said before: nothing to see
    expect(r.anchored.ok).toBe(false);
    expect(kinds(r.anchored)).toContain('newest_missing');
  });

  it('reports the newest rows deleted against a receipt the auditor downloaded', async () => {
    const auditor = t.client();
    await auditor.login(await t.user('auditor'));
    const receipt = await auditor.get('/api/audit/receipt');
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({ seq: expect.any(Number), mac: expect.any(String), sig: expect.any(String) });
    const kept = path.join(dir, 'receipt.json');
    writeFileSync(kept, JSON.stringify(receipt.body));
    await new Promise((r) => setTimeout(r, 200));
    await t.ctx.sealer.seal();
    expect((await verify(t.ctx.db, [kept])).ok).toBe(true);
    const r = await attack(async (tx) => {
      await tx.execute(sql`delete from audit_log where seq >= ${receipt.body.seq}`);
      return verify(tx, [kept]);
    });
    expect(kinds(r)).toContain('newest_missing');
    // A receipt altered (or made with another key) is reported, not trusted.
    writeFileSync(kept, JSON.stringify({ ...receipt.body, seq: receipt.body.seq + 1000 }));
    expect(kinds(await verify(t.ctx.db, [kept]))).toEqual(['checkpoint_invalid']);
  });

  it('reports the oldest rows deleted while younger than the retention period, unless a prune was recorded', async () => {
    await anchorNow();
    const r = await attack(async (tx) => {
      await tx.execute(sql`delete from audit_log where seq <= 5`);
      const cut = await verify(tx);
      await tx.execute(sql`insert into audit_prunes (last_seq, last_ts, rows) values (5, now() - interval '200 days', 5)`);
      return { cut, pruned: await verify(tx) };
    });
    expect(r.cut.ok).toBe(false);
    expect(r.cut.problems).toContainEqual(expect.objectContaining({ kind: 'oldest_missing', seq: 6 }));
    expect(kinds(r.pruned)).not.toContain('oldest_missing');
  });

  it('refuses to seal a forged, back-dated insert and reports it', async () => {
    await anchorNow();
    const r = await attack(async (tx, db) => {
      const weekAgo = new Date(Date.now() - 7 * 86_400_000);
      await tx.execute(sql`insert into audit_log (ts, user_id, username, action, object_type, object_id, outcome, request_id, detail)
        values (${weekAgo.toISOString()}, 1, 'admin', 'auth.login', 'user', '1', 'success', 'forged', '{}')`);
      await tx.execute(sql`insert into audit_log (ts, username, action, outcome, detail, imac)
        values (now(), 'admin', 'case.close', 'success', '{}', ${'0'.repeat(80)})`);
      // Back-dated with a valid insert MAC (an instance with a wrong clock): refused for its time.
      const late = { ts: weekAgo, userId: null, username: 'system', action: 'job.remind', objectType: null, objectId: null, outcome: 'success', requestId: null, detail: null };
      await tx.insert(auditLog).values({ ...late, imac: insertMac(t.config.auditKey, late) });
      const refused: Refusal[] = [];
      const sealed = await sealPending(db, t.config.auditKey, (x) => refused.push(x));
      return { sealed, refused, result: await verify(tx) };
    });
    expect(r.sealed).toBe(0);
    expect(r.refused.map((x) => x.reason)).toEqual([
      expect.stringMatching(/no insert MAC/),
      expect.stringMatching(/insert MAC mismatch/),
      expect.stringMatching(/back in time/),
    ]);
    expect(r.result.ok).toBe(false);
    expect(kinds(r.result).filter((k) => k === 'forged')).toHaveLength(2);
  });

  it('refuses to copy a row under its insert MAC (unique), and reports a forged row a sealer without the check sealed', async () => {
    await anchorNow();
    const [victim] = await t.ctx.db.select().from(auditLog).orderBy(asc(auditLog.seq)).limit(1);
    await expect(
      attack((tx) => tx.execute(sql`insert into audit_log (ts, username, action, outcome, imac) select ts, username, action, outcome, imac from audit_log where id = ${victim?.id}`)),
    ).rejects.toThrow();
    const r = await attack(async (tx) => {
      const top = await head(tx);
      const [row] = await tx.insert(auditLog).values({ ts: new Date(), username: 'admin', action: 'auth.login', outcome: 'success' }).returning();
      if (!row) throw new Error('no row');
      // As the sealer before this fix would have: a valid chain MAC over the forged row.
      const seq = (top.seq as number) + 1;
      await tx.execute(sql`update audit_log set seq = ${seq}, mac = ${chainMac(t.config.auditKey, top.mac as string, seq, row)} where id = ${row.id}`);
      return verify(tx);
    });
    expect(r.firstBroken).toBeNull();
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'forged', message: expect.stringMatching(/no insert MAC/) }));
  });

  it('refuses to re-seal a rewritten row whose seals were nulled, with or without its insert MAC', async () => {
    await anchorNow();
    const r = await attack(async (tx, db) => {
      const top = await head(tx);
      await tx.execute(sql`update audit_log set seq = null, mac = null, sealed_at = null, outcome = 'success', username = 'someone-else' where seq >= ${(top.seq as number) - 1}`);
      await tx.execute(sql`update audit_log set imac = null where id = ${top.id}`);
      const refused: Refusal[] = [];
      const sealed = await sealPending(db, t.config.auditKey, (x) => refused.push(x));
      // Set aside once: a later pass neither reads nor reports them again, verify still does.
      const again: Refusal[] = [];
      await sealPending(db, t.config.auditKey, (x) => again.push(x));
      const setAside = await rows(tx, sql`select id from audit_refusals`);
      return { sealed, refused, again, setAside, result: await verify(tx) };
    });
    expect(r.sealed).toBe(0);
    expect(r.refused).toHaveLength(2);
    expect(r.again).toEqual([]);
    expect(r.setAside).toHaveLength(2);
    expect(kinds(r.result)).toEqual(expect.arrayContaining(['forged', 'newest_missing']));
  });

  it('reports the whole chain re-sealed after a rewrite: the checkpoint no longer matches', async () => {
    await anchorNow();
    const r = await attack(async (tx, db) => {
      await tx.execute(sql`update audit_log set seq = null, mac = null, sealed_at = null`);
      await tx.execute(sql`update audit_log set username = 'someone-else' where id = (select min(id) + 3 from audit_log)`);
      await sealPending(db, t.config.auditKey);
      return verify(tx);
    });
    expect(r.ok).toBe(false);
    expect(kinds(r)).toEqual(expect.arrayContaining(['forged', 'checkpoint_mismatch']));
  });
});
