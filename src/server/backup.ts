import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { verifyChain, type VerifyResult } from '../core/audit/verify.js';
import type { Config } from '../core/config.js';
import { AppError } from '../core/errors.js';
import { openRuntime } from './runtime.js';
import type { Database } from '../core/db/client.js';
import { lockDataDir } from '../core/db/data-lock.js';

const run = promisify(execFile);

/** Written beside every backup (`<file>.json`): what it holds, to check a restore against. */
export type BackupManifest = { format: 'zf-backup-1'; engine: 'pglite' | 'pg'; createdAt: string; counts: Record<string, number> };

const COUNT_TABLES = `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                      where n.nspname = 'public' and c.relkind = 'r' order by c.relname`;

/** Rows in every table of the application's schema. */
export async function tableCounts(query: <T>(text: string, params: unknown[]) => Promise<T[]>): Promise<Record<string, number>> {
  const tables = await query<{ name: string }>(COUNT_TABLES, []);
  if (tables.length === 0) return {};
  const union = tables.map((t) => `select '${t.name}' as name, count(*)::int as n from "${t.name}"`).join(' union all ');
  const counts = await query<{ name: string; n: number }>(union, []);
  return Object.fromEntries(counts.map((c) => [c.name, c.n]));
}

const manifestFile = (file: string) => `${file}.json`;

/**
 * A consistent copy of the whole database in one file. On a PostgreSQL server it runs while the
 * app runs: pg_dump reads the snapshot in which the rows were counted. The embedded database is
 * copied with its process stopped (the data folder's lock makes sure). Keys are never included:
 * they are kept apart from the data on purpose.
 */
export async function backup(config: Config, file: string): Promise<BackupManifest> {
  let counts: Record<string, number>;
  if (config.DATABASE_URL) {
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]?.id as string;
      counts = await tableCounts(async <T>(text: string, params: unknown[]) => (await client.query(text, params)).rows as T[]);
      await run('pg_dump', ['--format=custom', '--no-owner', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${config.DATABASE_URL}`]);
      await client.query('commit');
    } finally {
      await client.end();
    }
  } else {
    const unlock = lockDataDir(config.DATA_DIR, 'backup');
    try {
      const db = await PGlite.create(`${config.DATA_DIR}/pg`, { extensions: { pg_trgm } });
      try {
        counts = await tableCounts(async <T>(text: string, params: unknown[]) => (await db.query<T>(text, params)).rows);
        const blob = await db.dumpDataDir('gzip');
        writeFileSync(file, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
      } finally {
        await db.close();
      }
    } finally {
      unlock();
    }
  }
  const manifest: BackupManifest = { format: 'zf-backup-1', engine: config.DATABASE_URL ? 'pg' : 'pglite', createdAt: new Date().toISOString(), counts };
  writeFileSync(manifestFile(file), JSON.stringify(manifest, null, 2), { mode: 0o600 });
  return manifest;
}

export type RestoreReport = { counts: Record<string, number>; mismatches: string[]; chain: VerifyResult };

const refuse = (message: string) => new AppError(409, 'restore_refused', message);

/**
 * Puts a backup back into an empty database (or an empty data folder), then checks it: every
 * table's rows against the manifest, and the whole audit chain with the configured key (and the
 * given checkpoint files, e.g. a receipt taken with the backup).
 */
export async function restore(config: Config, file: string, opts: { checkpointFiles?: string[] } = {}): Promise<RestoreReport> {
  if (!existsSync(file)) throw new AppError(404, 'not_found', `No backup at ${file}`);
  for (const f of opts.checkpointFiles ?? []) if (!existsSync(f)) throw new AppError(404, 'not_found', `No checkpoint file at ${f}`);
  const head = readFileSync(file).subarray(0, 5);
  const isPgDump = head.toString('latin1') === 'PGDMP';
  const manifest = existsSync(manifestFile(file)) ? (JSON.parse(readFileSync(manifestFile(file), 'utf8')) as BackupManifest) : null;
  if (config.DATABASE_URL) {
    if (!isPgDump) throw refuse('This file is not a PostgreSQL backup (made with DATABASE_URL set)');
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'drizzle') and c.relkind = 'r'`);
      if ((rows[0]?.n ?? 0) > 0) throw refuse('The target database is not empty: restore into a new, empty database');
    } finally {
      await client.end();
    }
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${config.DATABASE_URL}`, file]);
  } else {
    if (head[0] !== 0x1f || head[1] !== 0x8b) throw refuse('This file is not an embedded-database backup (made without DATABASE_URL)');
    const target = `${config.DATA_DIR}/pg`;
    if (existsSync(target) && readdirSync(target).length > 0) throw refuse(`${target} is not empty: restore into a new data folder`);
    const unlock = lockDataDir(config.DATA_DIR, 'restore');
    try {
      const db = await PGlite.create(target, { extensions: { pg_trgm }, loadDataDir: new Blob([readFileSync(file)]) });
      await db.close();
    } finally {
      unlock();
    }
  }
  const runtime = await openRuntime(config, 'restore');
  try {
    const database: Database = runtime.ctx.database;
    const counts = await tableCounts((text, params) => database.query(text, params));
    // Tables the backup knew: a newer version may have added (empty) ones since.
    const mismatches = manifest
      ? Object.keys(manifest.counts)
          .filter((t) => manifest.counts[t] !== counts[t])
          .map((t) => `${t}: ${manifest.counts[t] ?? 'absent'} in the backup, ${counts[t] ?? 'absent'} restored`)
      : [];
    // Against checkpoints only when given: a new data folder has none of its own, and checkpoints
    // the old installation wrote after the backup rightly report the newer rows as missing.
    const chain = await verifyChain(runtime.ctx.db, config.auditKey, { checkpointFiles: opts.checkpointFiles ?? [] });
    return { counts, mismatches, chain };
  } finally {
    await runtime.close();
  }
}
