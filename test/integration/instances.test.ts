import { randomBytes } from 'node:crypto';
import { writeIn } from '../../src/core/http/change.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/core/config.js';
import { openPg, rows, type Database } from '../../src/core/db/client.js';
import { migrate } from '../../src/core/db/migrate.js';
import { createRuntime, type Runtime } from '../../src/server/runtime.js';
import { PG_ADMIN_URL } from './global-setup.js';
import { Client, engine, PASSWORD, startTestApp } from './harness.js';
import { databaseWarnings } from '../../src/core/startup-checks.js';
import { createUser } from '../../src/modules/accounts/store.js';
import { systemActor } from '../../src/core/audit/audit.js';
import { runDeadlineJob } from '../../src/modules/cases/jobs.js';

/**
 * The status of GET /api/auth/me once it becomes `want`, or the last one after a second: an
 * instance learns of a change made elsewhere by a notification, which arrives within milliseconds.
 */
async function statusSoon(client: Client, want: number): Promise<number> {
  const until = Date.now() + 1000;
  for (;;) {
    const { status } = await client.get('/api/auth/me');
    if (status === want || Date.now() > until) return status;
    await new Promise((r) => setTimeout(r, 5));
  }
}

// Several app instances on one PostgreSQL server.
describe.skipIf(engine !== 'pg')('several instances on one PostgreSQL', () => {
  const name = `zf_t_inst_${randomBytes(4).toString('hex')}`;
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const key = randomBytes(32).toString('hex');
  const config = loadConfig({ DATABASE_URL: url, AUDIT_KEY: key, DATA_KEY: randomBytes(32).toString('hex'), LOG_LEVEL: 'silent' });
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  let databases: Database[] = [];
  let runtimes: Runtime[] = [];

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database ${name}`);
  });
  afterAll(async () => {
    for (const r of runtimes) await r.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  /** HTTP apps on the first two instances, each with a client of its own. */
  async function twoApps() {
    const apps = await Promise.all(
      runtimes.slice(0, 2).map(async (r) => {
        const app = await buildApp(r.ctx, { serveWeb: false });
        await app.listen({ port: 0, host: '127.0.0.1' });
        const addr = app.server.address();
        const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
        return { app, url, client: new Client(url, new Map()) };
      }),
    );
    const [a, b] = apps;
    if (!a || !b) throw new Error('apps did not start');
    return [a, b] as const;
  }

  it('migrates and loads the plan once when instances start together', async () => {
    databases = await Promise.all([openPg(url, 4), openPg(url, 4), openPg(url, 4)]);
    await Promise.all(databases.map((d) => migrate(d)));
    runtimes = await Promise.all(databases.map((d) => createRuntime(d, config)));
    const db = databases[0]?.db;
    if (!db) throw new Error('no database');
    // Each migration recorded exactly once, though three instances ran them at the same moment.
    const journal = JSON.parse(readFileSync('migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
    const [m] = await rows<{ n: number; distinct: number }>(db, sql`select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`);
    expect(m).toEqual({ n: journal.entries.length, distinct: journal.entries.length });
    const [c] = await rows<{ n: number }>(db, sql`select count(*)::int as n from campaigns`);
    expect(c?.n).toBe(1);
    const [u] = await rows<{ n: number }>(db, sql`select count(*)::int as n from campaign_units where monitored`);
    expect(u?.n).toBe(91);
  });

  it('honours a session made on one instance on the other, and ends it everywhere at sign-out and when the user is disabled', async () => {
    const [a, b] = await twoApps();
    try {
      const ctx = runtimes[0]?.ctx;
      if (!ctx) throw new Error('no runtime');
      await ctx.db.transaction((tx) => createUser(writeIn(tx, systemActor()), { username: 'roamer', displayName: 'r', role: 'office_staff', unitId: null, password: PASSWORD }));
      const onA = new Client(a.url, new Map());
      expect((await onA.login({ id: 0, username: 'roamer', password: PASSWORD, totpSecret: null })).status).toBe(200);
      // Both instances have now read (and keep) the session.
      expect((await onA.get('/api/auth/me')).body.username).toBe('roamer');
      const onB = new Client(b.url, new Map());
      onB.cookie = onA.cookie;
      onB.csrf = onA.csrf;
      expect((await onB.get('/api/auth/me')).body.username).toBe('roamer');
      expect((await onB.post('/api/auth/logout')).status).toBe(204);
      expect(await statusSoon(onA, 401)).toBe(401);

      // Disabling a user ends the session it has open on another instance too.
      expect((await onA.login({ id: 0, username: 'roamer', password: PASSWORD, totpSecret: null })).status).toBe(200);
      onB.cookie = onA.cookie;
      onB.csrf = onA.csrf;
      expect((await onB.get('/api/auth/me')).status).toBe(200);
      const [roamer] = await rows<{ id: number }>(ctx.db, sql`select id from users where username = 'roamer'`);
      await ctx.db.execute(sql`update users set disabled = true where id = ${roamer?.id}`);
      expect(await statusSoon(onB, 401)).toBe(401);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });

  it('ends the other sessions of a user who changes password on every instance, at once', async () => {
    const [a, b] = await twoApps();
    try {
      const ctx = runtimes[0]?.ctx;
      if (!ctx) throw new Error('no runtime');
      await ctx.db.transaction((tx) => createUser(writeIn(tx, systemActor()), { username: 'changer', displayName: 'c', role: 'office_staff', unitId: null, password: PASSWORD }));
      const user = { id: 0, username: 'changer', password: PASSWORD, totpSecret: null };
      const onA = new Client(a.url, new Map());
      const onB = new Client(b.url, new Map());
      expect((await onA.login(user)).status).toBe(200);
      expect((await onB.login(user)).status).toBe(200);
      // B keeps its session in memory from here on.
      expect((await onB.get('/api/auth/me')).status).toBe(200);
      expect((await onA.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Thr33-New-Secrets' })).status).toBe(204);
      expect(await statusSoon(onB, 401)).toBe(401);
      expect((await onA.get('/api/auth/me')).status).toBe(200);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });

  it('keeps the working-day calendar on each instance until an override made anywhere is announced', async () => {
    const [ctxA, ctxB] = runtimes.map((r) => r.ctx);
    if (!ctxA || !ctxB) throw new Error('no runtime');
    const day = '2027-01-04'; // a Monday, in a year the official calendar does not cover yet
    const before = await ctxB.calendar.get();
    expect(before.isWorkday(day)).toBe(true);
    expect(await ctxB.calendar.get()).toBe(before); // kept, not read again
    await ctxA.db.execute(sql`insert into calendar_overrides (day, workday, note) values (${day}, false, '临时调整')`);
    const until = Date.now() + 1000;
    while ((await ctxB.calendar.get()).isWorkday(day) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    expect((await ctxB.calendar.get()).isWorkday(day)).toBe(false);
    await ctxA.db.execute(sql`delete from calendar_overrides where day = ${day}`);
  });

  it('counts a rate limit across instances, and runs the deadline job once when both run it', async () => {
    const [a, b] = await twoApps();
    try {
      // Receipt lookups: 30 a minute per address, whichever instance answers.
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await (i % 2 ? b : a).client.post('/api/public/track', { receipt: '1'.repeat(20) })).status);
      expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
      expect(statuses[30]).toBe(429);

      const db = runtimes[0]?.ctx.db;
      if (!db) throw new Error('no runtime');
      await db.execute(sql`
        insert into cases (campaign_id, code, channel, anonymous, assigned_unit_id, category, title, body, received_at, status, due_date)
        select c.id, 'ZF2011-I000001', 'letter', true, u.id, 'graft', '逾期未办', '逾期未办', now() - interval '40 days', 'assigned', current_date - 3
        from campaigns c, units u where c.is_current and u.name = '市环保局'`);
      const [first, second] = await Promise.all(runtimes.slice(0, 2).map((r) => runDeadlineJob(r.ctx.db)));
      expect((first?.escalated ?? 0) + (second?.escalated ?? 0)).toBe(1);
      expect(await runDeadlineJob(db)).toEqual({ reminded: 0, escalated: 0 });
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });
});

describe(`start-up checks (${engine})`, () => {
  it('finds this database’s durability settings safe', async () => {
    const t = await startTestApp();
    try {
      expect(await databaseWarnings(t.ctx.database)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
