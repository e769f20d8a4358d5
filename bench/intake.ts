import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INTAKE } from '../src/modules/cases/intake.js';
import { freshPgDatabase, freshPgliteDir, hammer, hotlineIntake, percentiles, pgAvailable, signIn, startBenchServer, wrkAvailable, wrkIntakes } from './lib.js';

/**
 * Staff intake through the HTTP API, beside pgbench inserting one row per transaction into a
 * table of the same shape at the same concurrency, in the same run. Prints both and the ratio.
 * The server, PostgreSQL and the load share the machine's cores, as pgbench and PostgreSQL do.
 * The load comes from wrk when it is installed (`apt-get install wrk`): a client in C, as cheap
 * as pgbench's. Without it, from autocannon in this process, which takes a good part of a core
 * at these rates and so lowers the figure.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = [1, 4, 16];

/** Intakes per second at `clients`; with `keySpace`, keys repeat after that many, so nearly all are retries. */
async function intakeRate(url: string, clients: number, keySpace?: number): Promise<{ perSecond: number; p50: number; p99: number; errors: number }> {
  const auth = await signIn(url);
  const tag = `bench-${process.pid}-${clients}${keySpace ? '-retry' : ''}`;
  if (wrkAvailable()) return wrkIntakes(url, clients, SECONDS, auth, tag, keySpace);
  const r = await hammer(url, clients, SECONDS, (i) => {
    const n = keySpace ? i % keySpace : i; // a retry repeats its request whole, key and body
    return {
      method: 'POST',
      path: '/api/cases',
      headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'idempotency-key': `${tag}-${n}` },
      body: hotlineIntake(n),
    };
  });
  return { perSecond: r.perSecond, errors: r.errors, ...percentiles(r.latencies) };
}

const SINGLE_ROW = `insert into bench_cases (campaign_id, code, channel, channel_detail, reporter_sealed, anonymous, category, title, body, received_at, status, search_text)
  values (1, 'ZF2011-' || lpad(nextval('bench_case_seq')::text, 8, '0'), 'hotline', '{"line":"line1"}', 'v1.sealed', false, 'cold_attitude',
  '窗口工作人员态度冷漠', '群众反映到市行政服务中心办理营业执照时，窗口工作人员态度冷漠。', now(), 'received', '窗口 工作 人员 态度 冷漠');\n`;

/**
 * The app's own intake statement as a pgbench script, filing one case per transaction: what the
 * database alone can do, with a client that costs next to nothing. The Idempotency-Key, which
 * must differ each time, is drawn in SQL. (Spaced JSON: pgbench would read ":name" as a variable.)
 */
function intakeScript(): { text: string; defines: string[] } {
  const now = new Date().toISOString();
  const row = {
    n: 0, campaign_id: 1, user_id: 1, channel: 'hotline', detail: { line: 'line1' }, reporter_sealed: 'v1.sealed', anonymous: false, receipt_hash: null, files: 0,
    unit_id: null, persons: [], category: 'cold_attitude', secondary: [], title: '窗口工作人员态度冷漠', body: '群众反映到市行政服务中心办理营业执照时，窗口工作人员态度冷漠。',
    received_at: now, search_text: '窗口 工作 人员 态度 冷漠', now, origin: 'office', username: 'operator', request_id: 'bench', scope: 'user:1', key: null,
    request_hash: 'h', sealed: null,
  };
  // The audit row's insert MAC, drawn like the key (unique; the sealer refuses these bench rows).
  const imac = `to_jsonb(md5(random()::text) || md5(random()::text) || left(md5(random()::text), 16))`;
  const input = `jsonb_set(jsonb_set('${JSON.stringify([row], null, 1)}'::jsonb, '{0,key}', to_jsonb(md5(random()::text))), '{0,imac}', ${imac})`;
  const text = INTAKE.replace('$1::jsonb', input).replace(/\s+/g, ' ');
  return { text: `${text};\n`, defines: [] };
}

function pgbench(url: string, clients: number, script: { text: string; defines: string[] }, mode: 'simple' | 'prepared'): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-pgbench-'));
  const file = path.join(dir, 'script.sql');
  writeFileSync(file, script.text);
  try {
    const args = ['-n', '-M', mode, '-c', String(clients), '-j', String(Math.min(clients, 4)), '-T', String(SECONDS), ...script.defines, '-f', file, url];
    const out = execFileSync('pgbench', args, { encoding: 'utf8' });
    return Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function intakeBench(): Promise<void> {
  console.log(`\nStaff intake through HTTP vs pgbench single-row inserts (${SECONDS} s each; load from ${wrkAvailable() ? 'wrk' : 'autocannon'})`);
  if (await pgAvailable()) {
    const db = await freshPgDatabase(`zf_bench_intake_${process.pid}`);
    execFileSync('psql', [db.url, '-q', '-c', 'create table bench_cases (like cases including defaults including indexes); create sequence bench_case_seq;']);
    const server = await startBenchServer({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '20' });
    try {
      const own = intakeScript();
      console.log('PostgreSQL   clients  intake/s  p50 ms  p99 ms  pgbench tps  ratio  intake SQL by pgbench/s');
      for (const c of CONCURRENCY) {
        const r = await intakeRate(server.url, c);
        const tps = pgbench(db.url, c, { text: SINGLE_ROW, defines: [] }, 'simple');
        const ceiling = pgbench(db.url, c, own, 'prepared');
        console.log(`             ${String(c).padStart(7)}  ${r.perSecond.toFixed(0).padStart(8)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p99.toFixed(1).padStart(6)}  ${tps.toFixed(0).padStart(11)}  ${(r.perSecond / tps).toFixed(2).padStart(5)}  ${ceiling.toFixed(0).padStart(23)}${r.errors ? `  (${r.errors} errors)` : ''}`);
      }
      console.log('(the last column: the app\'s own intake statement run by pgbench, prepared — what the database alone allows)');
      const retried = await intakeRate(server.url, 4, 50);
      console.log(`Retried intakes (each key already used), 4 clients: ${retried.perSecond.toFixed(0)}/s, p50 ${retried.p50.toFixed(1)} ms, p99 ${retried.p99.toFixed(1)} ms${retried.errors ? ` (${retried.errors} errors)` : ''}`);
    } finally {
      await server.stop();
      await db.drop();
    }
  } else console.log('PostgreSQL not reachable: server figures skipped');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-bench-pglite-'));
  try {
    await freshPgliteDir(dir);
    const server = await startBenchServer({ DATA_DIR: dir });
    try {
      console.log('PGlite       clients  intake/s  p50 ms  p99 ms');
      for (const c of [1, 4]) {
        const r = await intakeRate(server.url, c);
        console.log(`             ${String(c).padStart(7)}  ${r.perSecond.toFixed(0).padStart(8)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p99.toFixed(1).padStart(6)}${r.errors ? `  (${r.errors} errors)` : ''}`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
