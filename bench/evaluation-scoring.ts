import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { currentOf, loadCampaigns } from '../src/core/campaign.js';
import { loadConfig } from '../src/core/config.js';
import { openPg, openPglite, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { periodResults } from '../src/modules/evaluations/results.js';
import { evaluationSetup } from '../src/modules/evaluations/setup.js';
import { createRuntime } from '../src/server/runtime.js';
import { benchEnv, freshPgDatabase, pgAvailable } from './lib.js';

/**
 * Scoring and ranking a round of 300 evaluators × 91 units (27,300 answers of nine criteria) as
 * the results page does it: read the answers, score, rank, compare with the previous quarter.
 * Prints the median and worst of several runs on each engine.
 */
const EVALUATORS = Number(process.env.BENCH_EVALUATORS ?? 300);
const RUNS = 7;

async function generate(database: Database): Promise<void> {
  const { db } = database;
  // Two quarters, so that the comparison with the previous one is part of the work.
  for (const [period, offset] of [['2011Q1', 0], ['2011Q2', 1]] as const) {
    await db.execute(sql`
      insert into evaluation_rounds (campaign_id, panel, period, opens_on, closes_on, unit_ids)
      select id, 'enterprise', ${period}, '2011-04-01', '2011-04-15',
             array(select unit_id from campaign_units where campaign_id = c.id and monitored order by sort)
      from campaigns c where is_current`);
    if (offset === 0) {
      await db.execute(sql`
        insert into evaluators (campaign_id, panel, name, organisation)
        select c.id, 'enterprise', '评议人' || g, '企业' || g from campaigns c, generate_series(1, ${EVALUATORS}) g where c.is_current`);
    }
    await db.execute(sql`
      insert into evaluation_invitations (round_id, evaluator_id, token_hash, token_sealed, submitted_at)
      select r.id, e.id, md5(r.id || '-' || e.id), 'x', now() from evaluation_rounds r, evaluators e where r.period = ${period}`);
    await db.execute(sql`
      insert into evaluation_answers (round_id, invitation_id, evaluator_id, unit_id, not_dealt, levels)
      select i.round_id, i.id, i.evaluator_id, u.unit_id, (i.evaluator_id + u.unit_id) % 17 = 0,
             (select jsonb_object_agg(k, (array['very_satisfied','satisfied','basically_satisfied','dissatisfied','very_dissatisfied'])[1 + (i.evaluator_id * 7 + u.unit_id * 3 + length(k) + ${offset}) % 5])
              from unnest(array['execution','power_abuse','formalism','buck_passing','inefficiency','graft','cold_attitude','lax_discipline','overall']) k)
      from evaluation_invitations i join evaluation_rounds r on r.id = i.round_id and r.period = ${period}
      cross join lateral unnest(r.unit_ids) as u(unit_id)`);
  }
}

async function measure(label: string, database: Database, config: ReturnType<typeof loadConfig>): Promise<void> {
  await migrate(database);
  const runtime = await createRuntime(database, config);
  try {
    await generate(database);
    const campaign = currentOf(await loadCampaigns(database.db));
    if (!campaign) throw new Error('no current campaign');
    const setup = await evaluationSetup(database.db, campaign);
    const times: number[] = [];
    let ranked = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = await periodResults(database.db, setup, '2011Q2');
      times.push(performance.now() - t0);
      ranked = r.units.filter((u) => u.rank !== null).length;
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(11)} ${String(EVALUATORS * 91).padStart(7)} answers  median ${(times[Math.floor(RUNS / 2)] ?? NaN).toFixed(0).padStart(5)} ms  worst ${(times.at(-1) ?? NaN).toFixed(0).padStart(5)} ms  (${ranked} units ranked)`);
  } finally {
    await runtime.close();
  }
}

export async function evaluationScoringBench(): Promise<void> {
  console.log(`\nScoring and ranking a round: ${EVALUATORS} evaluators × 91 units, with the previous quarter (${RUNS} runs)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-bench-eval-'));
  try {
    await measure('PGlite', await openPglite(`${dir}/pg`), loadConfig(benchEnv({ DATA_DIR: dir })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!(await pgAvailable())) return console.log('PostgreSQL not reachable: skipped');
  const db = await freshPgDatabase(`zf_bench_eval_${process.pid}`);
  try {
    await measure('PostgreSQL', await openPg(db.url, 4), loadConfig(benchEnv({ DATABASE_URL: db.url })));
  } finally {
    await db.drop();
  }
}
