import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/core/audit/audit.js';
import { loadConfig, type Config } from '../../src/core/config.js';
import { backup, restore } from '../../src/server/backup.js';
import { fileCase } from '../../src/modules/cases/intake.js';
import { openRuntime } from '../../src/server/runtime.js';
import { PG_ADMIN_URL } from './global-setup.js';
import { engine } from './harness.js';

const keys = { AUDIT_KEY: randomBytes(32).toString('hex'), DATA_KEY: randomBytes(32).toString('hex'), LOG_LEVEL: 'silent' };

/** A database with the plan, some cases and their audit rows, all sealed. */
async function populate(config: Config): Promise<void> {
  const runtime = await openRuntime(config, 'test');
  try {
    for (let i = 0; i < 5; i++) {
      await fileCase(runtime.ctx.database, runtime.ctx, systemActor(), {
        campaignId: (await runtime.ctx.campaigns.get()).find((c) => c.isCurrent)?.id ?? 0,
        channel: 'letter',
        detail: {},
        reporter: { name: `写信人${i}`, phone: '13800138000' },
        category: 'graft',
        title: `来信反映问题 ${i}`,
        body: '来信反映某窗口工作人员吃拿卡要。',
      });
    }
  } finally {
    await runtime.close();
  }
}

describe(`backup and restore (${engine})`, { timeout: 120_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-backup-'));
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  const made: string[] = [];
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (made.length) {
      for (const name of made) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  /** A configuration for a new, empty place to keep data in, on the engine under test. */
  async function place(): Promise<Config> {
    if (engine === 'pglite') return loadConfig({ ...keys, DATA_DIR: mkdtempSync(path.join(dir, 'data-')) });
    if (made.length === 0) await admin.connect();
    const name = `zf_t_backup_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database ${name}`);
    made.push(name);
    return loadConfig({ ...keys, DATABASE_URL: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) });
  }

  it('restores every row into an empty database, with the audit chain intact, and refuses a database that is not empty', async () => {
    const source = await place();
    await populate(source);
    const file = path.join(dir, `backup-${engine}`);
    const manifest = await backup(source, file);
    expect(manifest.engine).toBe(engine);
    expect(manifest.counts.cases).toBe(5);
    expect(manifest.counts.units).toBeGreaterThan(91);
    expect(manifest.counts.audit_log).toBeGreaterThan(5);

    const target = await place();
    const report = await restore(target, file);
    expect(report.mismatches).toEqual([]);
    expect(report.counts).toMatchObject(manifest.counts);
    expect(report.chain.firstBroken).toBeNull();
    expect(report.chain.checked).toBe(manifest.counts.audit_log);

    await expect(restore(target, file)).rejects.toThrow(/not empty/);
  });

  it('refuses a backup made on the other engine', async () => {
    const target = await place();
    const other = path.join(dir, 'other');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(other, engine === 'pg' ? Buffer.from([0x1f, 0x8b, 0, 0, 0]) : Buffer.from('PGDMP....'));
    await expect(restore(target, other)).rejects.toThrow(engine === 'pg' ? /not a PostgreSQL backup/ : /not an embedded-database backup/);
  });
});
