import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPg, rows, type Database } from '../../src/core/db/client.js';
import { PG_ADMIN_URL } from './global-setup.js';
import { engine } from './harness.js';

// The PostgreSQL pool keeps a connection whose statement failed with an ordinary error, and drops
// one the server ended. One connection in the pool, so that a new one would show as a new pid.
describe.skipIf(engine !== 'pg')('PostgreSQL pool after failed statements', () => {
  let database: Database;
  const pid = async () => (await database.query<{ pid: number }>('select pg_backend_pid() as pid', []))[0]!.pid;

  beforeAll(async () => {
    database = await openPg(PG_ADMIN_URL, 1);
  });
  afterAll(async () => {
    await database.close();
  });

  it('keeps the connection after a statement error, through the driver and through drizzle', async () => {
    const before = await pid();
    await expect(database.query('select 1 / 0', [])).rejects.toMatchObject({ code: '22012' });
    expect(await pid()).toBe(before);
    await expect(database.db.execute(sql`select 1 / 0`)).rejects.toThrow();
    expect(await pid()).toBe(before);
    const [drizzlePid] = await rows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`);
    expect(drizzlePid?.pid).toBe(before);
  });

  it('a named statement that fails stays usable on the same connection', async () => {
    const before = await pid();
    for (let i = 0; i < 2; i++) {
      await expect(database.query('select 10 / $1::int as x', [0], 'pool_test_divide')).rejects.toMatchObject({ code: '22012' });
    }
    expect(await database.query<{ x: number }>('select 10 / $1::int as x', [5], 'pool_test_divide')).toEqual([{ x: 2 }]);
    expect(await pid()).toBe(before);
  });

  it('keeps its connections through many failures at once', async () => {
    const two = await openPg(PG_ADMIN_URL, 2);
    try {
      const pids = async () => new Set((await Promise.all(Array.from({ length: 6 }, () => two.query<{ pid: number }>('select pg_backend_pid() as pid from pg_sleep(0.02)', [])))).map((r) => r[0]!.pid));
      const before = await pids();
      expect(before.size).toBe(2);
      const failures = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => two.query('select 1 / $1::int', [i % 2 ? 0 : 1]).then(() => two.query('select 1 / 0', []))));
      expect(failures.every((f) => f.status === 'rejected')).toBe(true);
      expect(await pids()).toEqual(before);
    } finally {
      await two.close();
    }
  });

  it('replaces a connection that the server ended', async () => {
    const before = await pid();
    await expect(database.query('select pg_terminate_backend(pg_backend_pid())', [])).rejects.toThrow();
    const after = await pid();
    expect(after).not.toBe(before);
    expect(await database.query<{ one: number }>('select 1 as one', [])).toEqual([{ one: 1 }]);
  });
});
