import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPglite, rows } from '../../src/core/db/client.js';
import { lockDataDir } from '../../src/core/db/data-lock.js';
import { engine } from './harness.js';

// The command-line tools on an embedded data folder (PostgreSQL servers are covered by the HTTP tests).
describe.skipIf(engine === 'pg')('command-line tools', { timeout: 180_000 }, () => {
  let dir: string;
  const env = () => ({ ...process.env, DATA_DIR: dir, AUDIT_KEY: key, DATA_KEY: dataKey, LOG_LEVEL: 'silent' });
  const key = randomBytes(32).toString('hex');
  const dataKey = randomBytes(32).toString('hex');
  const run = (script: string, args: string[], input = '') =>
    spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { env: env(), input, encoding: 'utf8', timeout: 120_000 });

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zf-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('user:create migrates a fresh folder, loads the plan and creates the user from a password on stdin', () => {
    const r = run('user-create', ['--username', 'admin', '--role', 'office_admin'], 'Harbin-Chief-2011\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Created user "admin".*office_admin/);
    expect(r.status).toBe(0);
  });

  it('user:create refuses a weak password, an unknown role and an unknown unit, naming the field', () => {
    const weak = run('user-create', ['--username', 'weak', '--role', 'leader'], 'password1\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/password/);
    const role = run('user-create', ['--username', 'r', '--role', 'king'], 'Harbin-Chief-2011\n');
    expect(role.stderr).toMatch(/role: must be one of/);
    const unit = run('user-create', ['--username', 'u1', '--role', 'unit_liaison', '--unit', '市魔法局'], 'Harbin-Chief-2011\n');
    expect(unit.stderr).toMatch(/unit: no such unit/);
    const ok = run('user-create', ['--username', 'u2', '--role', 'unit_liaison', '--unit', '市环保局'], 'Harbin-Liaison-2011\n');
    expect(ok.stdout).toMatch(/unit 市环保局/);
  });

  it('refuses to open a folder another process holds', () => {
    const release = lockDataDir(dir, 'server');
    try {
      const r = run('user-create', ['--username', 'late', '--role', 'leader'], 'Harbin-Leader-2011\n');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`in use by process ${process.pid} \\(server\\)`));
    } finally {
      release();
    }
  });

  it('plan:import refuses a bad plan as a whole, naming the field', () => {
    const plan = JSON.parse(readFileSync('plans/harbin-2011.json', 'utf8'));
    plan.campaign.code = 'broken';
    plan.units[60].parent = '不存在的局';
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(plan));
    const r = run('plan-import', [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('units[60].parent: no unit named "不存在的局"');
    const again = run('plan-import', ['plans/harbin-2011.json']);
    expect(again.stdout).toMatch(/Re-imported plans\/harbin-2011.json as campaign 1; 0 new unit/);
  });

  it('plan:import prints every mistake of a file, one per line, and exits non-zero without a stack trace', () => {
    const plan = JSON.parse(readFileSync('plans/harbin-2011.json', 'utf8'));
    plan.campaign.code = 'many-mistakes';
    plan.campaign.year = '2011';
    delete plan.problemCategories[2].name;
    plan.phases[1].end = '2013-02-30';
    plan.phases[3].start = '2011-10-15';
    plan.units[12].parent = '无此局';
    const file = path.join(dir, 'many-mistakes.json');
    writeFileSync(file, JSON.stringify(plan, null, 2));
    const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

    const r = run('plan-import', [file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `Error: ${file}: the plan has 5 error(s); nothing was imported`,
      '  campaign.year: Invalid input: expected number, received string',
      '  problemCategories[2].name: is required',
      '  phases[1].end: must be a real day, YYYY-MM-DD',
      '  phases[3].start: overlaps phase "consolidation" ending 2011-10-31',
      '  units[12].parent: no unit named "无此局"',
    ]);
    noStack(r.stderr);

    const notJson = path.join(dir, 'not-json.json');
    writeFileSync(notJson, '{ "schemaVersion": 1,');
    const j = run('plan-import', [notJson]);
    expect(j.status).toBe(1);
    expect(j.stderr).toContain(`${notJson} is not valid JSON`);
    expect(j.stderr).toContain('(root): is not valid JSON');
    noStack(j.stderr);

    const missing = run('plan-import', [path.join(dir, 'no-such-plan.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('FILE: does not exist');
    noStack(missing.stderr);
  });

  it('audit:verify passes an intact chain and names the first altered row', async () => {
    const ok = run('audit-verify', []);
    expect(ok.stdout).toMatch(/^OK: \d+ audit row\(s\) verified/);
    expect(ok.status).toBe(0);
    const db = await openPglite(path.join(dir, 'pg'));
    await db.db.execute(sql`alter table audit_log disable trigger audit_log_guard`);
    await db.db.execute(sql`update audit_log set username = 'someone-else' where seq = 3`);
    const [row] = await rows<{ id: number }>(db.db, sql`select id from audit_log where seq = 3`);
    await db.close();
    const broken = run('audit-verify', []);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`BROKEN: audit row id ${row?.id} (seq 3)`);
  });
});
