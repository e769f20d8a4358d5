import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { audit, useAuditKey } from '../src/core/audit/audit.js';
import { AuditSealer, sealPending } from '../src/core/audit/sealer.js';
import { verifyChain } from '../src/core/audit/verify.js';
import { openPg, openPglite, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';

/**
 * Audited writes against plain writes of the same shape, at several concurrencies, in the same
 * run: the audit chain must not make writers queue behind one lock. Prints transactions per
 * second for both and their ratio, then how long the sealer needs to catch up and whether the
 * chain verifies.
 */
const PER_CLIENT_MS = Number(process.env.BENCH_MS ?? 4000);
const key = randomBytes(32);

async function timed(concurrency: number, work: () => Promise<void>): Promise<number> {
  let done = 0;
  const until = Date.now() + PER_CLIENT_MS;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await work();
        done++;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return done / seconds;
}

async function run(label: string, database: Database, concurrencies: number[]): Promise<void> {
  const { db } = database;
  await db.execute(sql`create table if not exists bench_plain (like audit_log including defaults)`);
  useAuditKey(key);
  const sealer = new AuditSealer(db, key, (err) => console.error(err));
  const actor = { userId: 1, username: 'bench', requestId: null };
  console.log(`\n${label}`);
  console.log('clients  plain tx/s  audited tx/s  ratio');
  for (const c of concurrencies) {
    const plain = await timed(c, async () => {
      await db.transaction(async (tx) => {
        await tx.execute(sql`insert into bench_plain (ts, user_id, username, action, object_type, object_id, outcome, request_id, detail)
          values (now(), 1, 'bench', 'bench.write', 'thing', '1', 'success', null, '{"n":1}')`);
      });
    });
    const audited = await timed(c, async () => {
      await db.transaction((tx) => audit(tx, actor, { action: 'bench.write', objectType: 'thing', objectId: 1, detail: { n: 1 } }));
      sealer.kick();
    });
    console.log(`${String(c).padStart(7)}  ${plain.toFixed(0).padStart(10)}  ${audited.toFixed(0).padStart(12)}  ${(audited / plain).toFixed(2).padStart(5)}`);
  }
  const t0 = Date.now();
  await sealer.stop();
  await sealPending(db, key);
  const result = await verifyChain(db, key, { graceSeconds: 0 });
  console.log(`sealer caught up ${Date.now() - t0} ms after the last write; chain of ${result.checked} rows ${result.ok ? 'verifies' : 'is BROKEN'}`);
}

export async function auditWriteBench(): Promise<void> {
  const pglite = await openPglite();
  await migrate(pglite);
  await run('PGlite (embedded, one connection)', pglite, [1, 4]);
  await pglite.close();

  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `zf_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    console.log(`\nPostgreSQL at ${adminUrl} is not reachable: server figures skipped`);
    return;
  }
  await admin.query(`create database ${name}`);
  try {
    const server = await openPg(adminUrl.replace(/\/[^/]*$/, `/${name}`), 20);
    await migrate(server);
    await run('PostgreSQL server (pool of 20)', server, [1, 4, 16]);
    await server.close();
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
