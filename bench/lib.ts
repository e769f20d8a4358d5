import { execFileSync, fork, spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { writeIn } from '../src/core/http/change.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { systemActor } from '../src/core/audit/audit.js';
import { loadConfig } from '../src/core/config.js';
import { openPg, openPglite } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { createUser } from '../src/modules/accounts/store.js';
import { createRuntime } from '../src/server/runtime.js';

export const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const PASSWORD = 'Harbin-Hotline-2011';
const key = randomBytes(32).toString('hex');
const dataKey = randomBytes(32).toString('hex');
export const benchEnv = (extra: Record<string, string>) => ({ ...process.env, AUDIT_KEY: key, DATA_KEY: dataKey, LOG_LEVEL: 'warn', JOB_INTERVAL_MS: '3600000', ...extra });

export async function pgAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh database on the server (PG_ADMIN unless another admin URL is given), migrated, with the plan and an office operator. */
export async function freshPgDatabase(name: string, adminUrl = PG_ADMIN): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const database = await openPg(url, 2);
  await migrate(database);
  const runtime = await createRuntime(database, loadConfig(benchEnv({ DATABASE_URL: url })));
  await runtime.ctx.db.transaction((tx) => createUser(writeIn(tx, systemActor()), { username: 'operator', displayName: '接线员', role: 'office_staff', unitId: null, password: PASSWORD }));
  await runtime.close();
  return {
    url,
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** An embedded data folder with the plan and an office operator. */
export async function freshPgliteDir(dir: string): Promise<void> {
  const database = await openPglite(`${dir}/pg`);
  await migrate(database);
  const runtime = await createRuntime(database, loadConfig(benchEnv({ DATA_DIR: dir })));
  await runtime.ctx.db.transaction((tx) => createUser(writeIn(tx, systemActor()), { username: 'operator', displayName: '接线员', role: 'office_staff', unitId: null, password: PASSWORD }));
  await runtime.close();
}

export type BenchServer = { url: string; child: ChildProcess; stop(): Promise<void> };

/**
 * Starts bench/serve.ts in a child process. `output`: a file descriptor for the server's log
 * instead of this terminal; `readyTimeoutMs`: kill it and fail when it is not listening by then.
 */
export async function startBenchServer(env: Record<string, string>, opts: { output?: number; readyTimeoutMs?: number } = {}): Promise<BenchServer> {
  const stdio: StdioOptions = opts.output === undefined ? 'inherit' : ['ignore', opts.output, opts.output, 'ipc'];
  const child = fork('bench/serve.ts', [], { execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [])], env: benchEnv({ PORT: '0', HOST: '127.0.0.1', ...env }), stdio });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = opts.readyTimeoutMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), opts.readyTimeoutMs);
    child.once('message', (m: { ready: string }) => {
      if (timer) clearTimeout(timer);
      resolve(m.ready.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`bench server exited with ${code ?? signal}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function signIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'operator', password: PASSWORD }) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** A staff intake of a hotline call, as the benchmarks send it; `tag` goes into the title. */
export const hotlineIntake = (tag: string | number) =>
  JSON.stringify({
    channel: 'hotline',
    detail: { line: 'line1', callTime: new Date(Date.now() - 60_000).toISOString() },
    reporter: { name: '来电群众', phone: '13800138000' },
    category: 'cold_attitude',
    title: `窗口工作人员态度冷漠 ${tag}`,
    body: '群众反映到市行政服务中心办理营业执照时，窗口工作人员态度冷漠，推诿扯皮，要求多次补交材料。',
  });

export function percentiles(values: number[]): { p50: number; p95: number; p99: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

export type Hammered = { perSecond: number; latencies: number[]; errors: number };

/**
 * Sends requests over `connections` keep-alive connections for `seconds`, with autocannon: a
 * load generator light enough not to take the CPU the server and the database need. `request(i)`
 * gives the i-th request. Non-2xx answers count as errors.
 */
export async function hammer(
  url: string,
  connections: number,
  seconds: number,
  request: (i: number) => { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string },
): Promise<Hammered> {
  let n = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', ...request(n++) }) }] },
      (err, res) => (err ? reject(err as Error) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const errors = result.non2xx + result.errors + result.timeouts;
  return { perSecond: (latencies.length - result.non2xx) / seconds, latencies, errors };
}

/** Whether wrk (Debian's package `wrk`) is installed. */
export function wrkAvailable(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    // wrk prints its usage and exits 1 for --version; only a missing binary is ENOENT.
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const luaString = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal for this text

/**
 * Staff intakes over `connections` keep-alive connections for `seconds`, from wrk: a load
 * generator written in C, as light on the shared cores as pgbench's own client. Each request has
 * its own Idempotency-Key and title; with `keySpace`, each of wrk's threads cycles through that
 * many keys, so that after the first few every request is a retry. Latencies are wrk's
 * percentiles (ms).
 */
export async function wrkIntakes(
  url: string,
  connections: number,
  seconds: number,
  auth: { cookie: string; csrf: string },
  tag: string,
  keySpace?: number,
): Promise<{ perSecond: number; p50: number; p99: number; errors: number }> {
  const [before, after] = hotlineIntake('@@KEY@@').split('@@KEY@@') as [string, string];
  const script = `
local n = 0
local thread_id = 0
setup = function(thread) thread_id = thread_id + 1; thread:set("tid", thread_id) end
request = function()
  n = ${keySpace ? `n % ${keySpace} + 1` : 'n + 1'}
  local key = ${luaString(`${tag}-`)} .. tid .. "-" .. n
  return wrk.format("POST", "/api/cases", { ["content-type"] = "application/json", ["cookie"] = ${luaString(auth.cookie)}, ["x-csrf-token"] = ${luaString(auth.csrf)}, ["idempotency-key"] = key }, ${luaString(before)} .. key .. ${luaString(after)})
end
`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-wrk-'));
  const file = path.join(dir, 'intake.lua');
  writeFileSync(file, script);
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const w = spawn('wrk', ['-t', String(Math.min(connections, 2)), '-c', String(connections), '-d', `${seconds}s`, '--latency', '-s', file, url]);
      let text = '';
      w.stdout.on('data', (d: Buffer) => (text += d.toString()));
      w.on('error', reject);
      w.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
    });
    const ms = (label: string) => {
      const m = new RegExp(`${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
      if (!m) return NaN;
      return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
    };
    const total = Number(/(\d+) requests in ([\d.]+)s/.exec(out)?.[1] ?? NaN);
    const elapsed = Number(/requests in ([\d.]+)s/.exec(out)?.[1] ?? seconds);
    const bad = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1).reduce((s, x) => s + Number(x), 0) ?? 0);
    return { perSecond: (total - bad) / elapsed, p50: ms('50'), p99: ms('99'), errors: bad };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
