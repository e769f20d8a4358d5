import { execFileSync } from 'node:child_process';
import { writeIn } from '../src/core/http/change.js';
import autocannon from 'autocannon';
import { systemActor } from '../src/core/audit/audit.js';
import { loadConfig } from '../src/core/config.js';
import { openPg } from '../src/core/db/client.js';
import { createUser } from '../src/modules/accounts/store.js';
import { createRuntime } from '../src/server/runtime.js';
import { benchEnv, freshPgDatabase, PASSWORD, percentiles, pgAvailable, startBenchServer } from './lib.js';

/**
 * A realistic mix at a fixed rate for a long time, on PostgreSQL: citizens file complaints and
 * look up their receipts (from many addresses, through a proxy), the office lists and opens
 * cases, unit liaisons answer the cases assigned to them. Prints errors, latency percentiles
 * and the server's memory (RSS) after warm-up and at the end.
 */
// autocannon paces a few percent under the rate it is asked for: asking 215 delivers 200 or more.
const RATE = Number(process.env.SOAK_RATE ?? 215);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const WARMUP = Math.min(60, Math.floor(SECONDS / 5));

const rssMb = (pid: number) => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;

async function signIn(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: csrfToken };
}

export async function soakBench(): Promise<void> {
  console.log(`\nSoak: a mixed load at ${RATE} requests/s for ${SECONDS} s (PostgreSQL)`);
  if (!(await pgAvailable())) return console.log('PostgreSQL not reachable: skipped');
  const db = await freshPgDatabase(`zf_bench_soak_${process.pid}`);
  // A liaison of 市环保局 with a stock of cases assigned to it, to answer one by one.
  const liaisonCases = Math.ceil(((RATE * SECONDS) / 20) * 1.2);
  let firstAssigned = 1;
  {
    const database = await openPg(db.url, 2);
    const runtime = await createRuntime(database, loadConfig(benchEnv({ DATABASE_URL: db.url })));
    const [unit] = (await database.query<{ id: number }>(`select id from units where name = '市环保局'`, []));
    await runtime.ctx.db.transaction((tx) => createUser(writeIn(tx, systemActor()), { username: 'liaison', displayName: '联络员', role: 'unit_liaison', unitId: unit?.id ?? null, password: PASSWORD }));
    await database.query(
      `insert into cases (campaign_id, code, channel, anonymous, unit_id, assigned_unit_id, category, title, body, received_at, status, due_date, search_text)
       select 1, 'ZF2011-S' || lpad(g::text, 7, '0'), 'hotline', true, $1, $1, 'inefficiency', '排污许可证办理超时 ' || g, '来电反映排污许可证申请超过承诺时限。', now(), 'assigned', current_date + 15, '排污 许可证 办理 超时'
       from generate_series(1, $2::int) g`,
      [unit?.id, liaisonCases],
    );
    firstAssigned = (await database.query<{ id: number }>(`select min(id)::int as id from cases`, []))[0]?.id ?? 1;
    await runtime.close();
  }
  const server = await startBenchServer({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10', TRUST_PROXY: 'true' });
  try {
    const office = await signIn(server.url, 'operator');
    const liaison = await signIn(server.url, 'liaison');
    let nextAnswer = firstAssigned;
    const receipts: string[] = [];
    const pid = server.child.pid as number;
    let n = 0;
    const json = { 'content-type': 'application/json' };
    // Twenty requests make one turn of the mix.
    const next = (): { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string } => {
      const i = n++;
      const citizen = { ...json, 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
      switch (i % 20) {
        case 0:
        case 1:
          return { method: 'POST', path: '/api/public/cases', headers: citizen, body: JSON.stringify({ anonymous: true, category: 'cold_attitude', title: `窗口人员态度冷漠 ${i}`, body: '到区行政服务中心办事，窗口人员态度冷漠，推诿扯皮。' }) };
        case 2:
        case 3:
          return receipts.length
            ? { method: 'POST', path: '/api/public/track', headers: citizen, body: JSON.stringify({ receipt: receipts[i % receipts.length] }) }
            : { method: 'GET', path: '/api/public/rankings', headers: citizen };
        case 4:
          return { method: 'POST', path: `/api/cases/${nextAnswer++}/respond`, headers: { ...json, cookie: liaison.cookie, 'x-csrf-token': liaison.csrf }, body: JSON.stringify({ findings: '经核查，情况属实。', measures: '已约谈窗口负责人并限期办结。', substantiated: 'yes' }) };
        case 5:
          return { method: 'GET', path: '/api/cases?limit=20', headers: { cookie: liaison.cookie } };
        default: {
          const views = ['/api/cases?limit=50', '/api/cases?status=received&limit=50', '/api/cases/counts', `/api/cases?q=${encodeURIComponent('态度')}&limit=50`, `/api/cases/${1 + (i % liaisonCases)}`];
          return { method: 'GET', path: views[i % views.length] as string, headers: { cookie: office.cookie } };
        }
      }
    };
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const rss: { at: number; mb: number }[] = [];
    const sampler = setInterval(() => rss.push({ at: Date.now(), mb: rssMb(pid) }), 5000);
    const started = Date.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.url,
          // Enough clients that a slow answer does not hold back the rate asked for.
          connections: 32,
          overallRate: RATE,
          duration: SECONDS,
          requests: [
            {
              setupRequest: (req) => ({ ...req, ...next() }),
              // Receipts of filed complaints, for the lookups that follow.
              onResponse: (status, body) => {
                if (status === 201 && body.includes('"receipt"') && receipts.length < 5000) receipts.push((JSON.parse(body) as { receipt: string }).receipt);
              },
            },
          ],
        },
        (err, res) => (err ? reject(err as Error) : resolve(res)),
      );
      instance.on('response', (_client, status, _bytes, time) => {
        latencies.push(time);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
    });
    clearInterval(sampler);
    const warm = rss.filter((r) => r.at - started >= WARMUP * 1000);
    const first = warm[0]?.mb ?? NaN;
    const last = warm.at(-1)?.mb ?? NaN;
    const max = Math.max(...warm.map((r) => r.mb));
    const p = percentiles(latencies);
    const errors = [...statuses].filter(([s]) => s >= 400).reduce((a, [, c]) => a + c, 0);
    console.log(`requests ${latencies.length} (${(latencies.length / SECONDS).toFixed(0)}/s), by status: ${[...statuses].sort().map(([s, c]) => `${s}: ${c}`).join(', ')}`);
    console.log(`errors ${errors + result.errors + result.timeouts} (4xx/5xx ${errors}, socket ${result.errors}, timeouts ${result.timeouts})`);
    console.log(`latency ms  p50 ${p.p50.toFixed(1)}  p95 ${p.p95.toFixed(1)}  p99 ${p.p99.toFixed(1)}`);
    console.log(`server RSS MB after ${WARMUP} s warm-up ${first.toFixed(0)}, at the end ${last.toFixed(0)}, highest ${max.toFixed(0)}: change ${(((last - first) / first) * 100).toFixed(1)}%`);
    // One sample moves with each garbage collection; a minute's median shows the trend.
    const minute = Math.min(12, Math.floor(warm.length / 2));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const early = median(warm.slice(0, minute).map((r) => r.mb));
    const late = median(warm.slice(-minute).map((r) => r.mb));
    console.log(`server RSS MB, median of the first and the last ${minute * 5} s after warm-up: ${early.toFixed(0)} → ${late.toFixed(0)}: change ${(((late - early) / early) * 100).toFixed(1)}%`);
  } finally {
    await server.stop();
    await db.drop();
  }
}
