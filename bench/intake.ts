import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshPgDatabase, freshPgliteDir, load, percentiles, pgAvailable, signIn, startBenchServer } from './lib.js';

/**
 * Staff intake through the HTTP API, beside pgbench inserting one row per transaction into a
 * table of the same shape at the same concurrency, in the same run. Prints both and the ratio.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = [1, 4, 16];

const body = (i: number) =>
  JSON.stringify({
    channel: 'hotline',
    detail: { line: 'line1', callTime: new Date(Date.now() - 60_000).toISOString() },
    reporter: { name: '来电群众', phone: '13800138000' },
    category: 'cold_attitude',
    title: `窗口工作人员态度冷漠 ${i}`,
    body: '群众反映到市行政服务中心办理营业执照时，窗口工作人员态度冷漠，推诿扯皮，要求多次补交材料。',
  });

async function intakeRate(url: string, clients: number) {
  const { cookie, csrf } = await signIn(url);
  return load(clients, SECONDS * 1000, async (i) => {
    const res = await fetch(`${url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf, 'idempotency-key': `bench-${process.pid}-${clients}-${i}` }, body: body(i) });
    if (res.status !== 201) throw new Error(`status ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  });
}

function pgbench(url: string, clients: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-pgbench-'));
  const script = path.join(dir, 'insert.sql');
  writeFileSync(
    script,
    `insert into bench_cases (campaign_id, code, channel, channel_detail, reporter_sealed, anonymous, category, title, body, received_at, status, search_text)
     values (1, 'ZF2011-' || lpad(nextval('bench_case_seq')::text, 8, '0'), 'hotline', '{"line":"line1"}', 'v1.sealed', false, 'cold_attitude',
     '窗口工作人员态度冷漠', '群众反映到市行政服务中心办理营业执照时，窗口工作人员态度冷漠。', now(), 'received', '窗口 工作 人员 态度 冷漠');\n`,
  );
  try {
    const out = execFileSync('pgbench', ['-n', '-c', String(clients), '-j', String(Math.min(clients, 4)), '-T', String(SECONDS), '-f', script, url], { encoding: 'utf8' });
    return Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function intakeBench(): Promise<void> {
  console.log(`\nStaff intake through HTTP vs pgbench single-row inserts (${SECONDS} s each)`);
  if (await pgAvailable()) {
    const db = await freshPgDatabase(`zf_bench_intake_${process.pid}`);
    execFileSync('psql', [db.url, '-q', '-c', 'create table bench_cases (like cases including defaults including indexes); create sequence bench_case_seq;']);
    const server = await startBenchServer({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '20' });
    try {
      console.log('PostgreSQL   clients  intake/s  p50 ms  p99 ms  pgbench tps  ratio');
      for (const c of CONCURRENCY) {
        const r = await intakeRate(server.url, c);
        const tps = pgbench(db.url, c);
        const p = percentiles(r.latencies);
        console.log(`             ${String(c).padStart(7)}  ${r.perSecond.toFixed(0).padStart(8)}  ${p.p50.toFixed(1).padStart(6)}  ${p.p99.toFixed(1).padStart(6)}  ${tps.toFixed(0).padStart(11)}  ${(r.perSecond / tps).toFixed(2).padStart(5)}${r.errors ? `  (${r.errors} errors)` : ''}`);
      }
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
        const p = percentiles(r.latencies);
        console.log(`             ${String(c).padStart(7)}  ${r.perSecond.toFixed(0).padStart(8)}  ${p.p50.toFixed(1).padStart(6)}  ${p.p99.toFixed(1).padStart(6)}${r.errors ? `  (${r.errors} errors)` : ''}`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
