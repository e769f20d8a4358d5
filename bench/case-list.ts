import { execFileSync } from 'node:child_process';
import { freshPgDatabase, hammer, percentiles, pgAvailable, signIn, startBenchServer } from './lib.js';

/**
 * The office case list (first page, one filter at a time) and a case's detail with many cases
 * loaded (BENCH_CASES, default 1,000,000), on PostgreSQL. Prints p50/p95/p99 per query.
 */
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

function generate(url: string): void {
  // Generated in SQL: realistic spread over channels, categories, statuses, units and a year of dates.
  execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `
    insert into cases (campaign_id, code, channel, anonymous, unit_id, assigned_unit_id, category, title, body, received_at, status, due_date, search_text)
    select 1, 'ZF2011-G' || lpad(g::text, 8, '0'),
      (array['hotline','complaint_box','web','media','letter','walk_in','inspection','covert_visit'])[1 + g % 8],
      g % 3 = 0,
      u.id, case when g % 5 > 1 then u.id end,
      (array['execution','power_abuse','formalism','buck_passing','inefficiency','graft','cold_attitude','lax_discipline'])[1 + g % 8],
      (array['窗口工作人员态度冷漠','审批超时限','乱收费','推诿扯皮久拖不决','工作时间脱岗','吃拿卡要'])[1 + g % 6] || ' ' || g,
      '群众反映办理业务时遇到的问题，编号 ' || g || '。' || (array['态度生硬','收费不合理','材料反复补交','办事效率低'])[1 + g % 4],
      timestamptz '2011-01-01 08:00+08' + (g % 365) * interval '1 day' + (g % 600) * interval '1 minute',
      (array['received','accepted','assigned','assigned','responded','closed','closed','not_accepted'])[1 + g % 8],
      date '2011-01-20' + (g % 340),
      (array['窗口 工作 人员 工作人员 态度 冷漠','审批 超 时限','乱 收费 乱收费','推诿 扯皮 推诿扯皮','工作 时间 脱岗','吃 拿 卡 要 吃拿卡要'])[1 + g % 6]
    from generate_series(1, ${CASES}) g
    join lateral (select id from units order by id offset (g % 100) limit 1) u on true;`]);
  // What autovacuum does on a live system: statistics, and the visibility map index-only scans need.
  execFileSync('psql', [url, '-q', '-c', 'vacuum analyze cases']);
}

export async function caseListBench(): Promise<void> {
  console.log(`\nCase list and detail with ${CASES.toLocaleString('en')} cases (PostgreSQL, ${SECONDS} s per query, 4 clients)`);
  if (!(await pgAvailable())) return console.log('PostgreSQL not reachable: skipped');
  const db = await freshPgDatabase(`zf_bench_list_${process.pid}`);
  const t0 = Date.now();
  generate(db.url);
  console.log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const server = await startBenchServer({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '8' });
  try {
    const { cookie } = await signIn(server.url);
    const queries: [string, (i: number) => string][] = [
      ['no filter', () => '/api/cases?limit=50'],
      ['status', () => '/api/cases?status=assigned&limit=50'],
      ['channel', () => '/api/cases?channel=hotline&limit=50'],
      ['category', () => '/api/cases?category=graft&limit=50'],
      ['unit', (i) => `/api/cases?unitId=${1 + (i % 90)}&limit=50`],
      ['overdue', () => '/api/cases?deadline=overdue&limit=50'],
      ['date range', () => '/api/cases?from=2011-06-01&to=2011-06-30&limit=50'],
      ['search 态度', () => `/api/cases?q=${encodeURIComponent('态度')}&limit=50`],
      ['sort by due', () => '/api/cases?sort=due_asc&limit=50'],
      ['detail', (i) => `/api/cases/${1 + ((i * 7919) % CASES)}`],
      ['counts', () => '/api/cases/counts'],
    ];
    console.log('query          per s   p50 ms   p95 ms   p99 ms');
    for (const [name, path] of queries) {
      const r = await hammer(server.url, 4, SECONDS, (i) => ({ path: path(i), headers: { cookie } }));
      const p = percentiles(r.latencies);
      console.log(`${name.padEnd(13)} ${r.perSecond.toFixed(0).padStart(6)} ${p.p50.toFixed(1).padStart(8)} ${p.p95.toFixed(1).padStart(8)} ${p.p99.toFixed(1).padStart(8)}${r.errors ? `  (${r.errors} errors)` : ''}`);
    }
  } finally {
    await server.stop();
    await db.drop();
  }
}
