import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';
import { purgeExpiredSessions } from '../core/auth/sessions.js';
import type { Config } from '../core/config.js';
import { issueSetupToken } from '../modules/accounts/setup.js';
import { purgeShortLived, runDeadlineJob } from '../modules/cases/jobs.js';
import { runSelfInspectionJob } from '../modules/self-inspections/jobs.js';
import { sealLegacyDetails } from '../modules/cases/identity.js';
import { reporterBox } from '../modules/cases/services.js';
import { compactCaseCounts } from '../modules/cases/store.js';
import { loadSegmenter } from '../modules/cases/search.js';
import { openRuntime, type Runtime } from './runtime.js';
import { cryptoSelfTest, databaseWarnings } from '../core/startup-checks.js';
import { createLogger } from '../core/logger.js';

export type Server = { app: FastifyInstance; runtime: Runtime; url: string; setupUrl: string | null; close(): Promise<void> };

/** Opens the database, starts the background work and listens. */
export async function startServer(config: Config, opts: AppOptions = {}): Promise<Server> {
  const logger = createLogger(config.LOG_LEVEL);
  // Before anything is read or written: the ciphers must give the published answers.
  cryptoSelfTest();
  const runtime = await openRuntime(
    config,
    'server',
    (err) => logger.error({ err }, 'audit sealer failed'),
    (data, msg) => logger.info(data, msg),
  );
  const { ctx } = runtime;
  for (const warning of await databaseWarnings(ctx.database)) logger.warn(`database: ${warning}`);
  const app = await buildApp(ctx, { logger, ...opts });
  // The word segmenter's dictionary takes a moment to load: now, rather than in the first intake.
  loadSegmenter();
  ctx.sealer.start(config.AUDIT_SEAL_INTERVAL_MS);
  const purge = setInterval(() => {
    purgeExpiredSessions(ctx.db, config.SESSION_IDLE_MINUTES).catch((err: unknown) => logger.warn({ err }, 'session purge failed'));
  }, 10 * 60_000);
  purge.unref();
  const jobs = setInterval(() => {
    runDeadlineJob(ctx.db)
      .then((r) => (r.reminded || r.escalated ? logger.info(r, 'deadline job') : undefined))
      .then(() => purgeShortLived(ctx.db))
      .catch((err: unknown) => logger.error({ err }, 'deadline job failed'));
    runSelfInspectionJob(ctx.db)
      .then((r) => (r.dueSoon || r.late || r.overdue ? logger.info(r, 'self-inspection reminders') : undefined))
      .catch((err: unknown) => logger.error({ err }, 'self-inspection reminders failed'));
  }, config.JOB_INTERVAL_MS);
  jobs.unref();
  const compact = setInterval(() => {
    compactCaseCounts(ctx.db).catch((err: unknown) => logger.warn({ err }, 'case count compaction failed'));
  }, 10_000);
  compact.unref();
  // Rows filed before identifying channel details were sealed: sealed once, in the background (a
  // pass over the cases, not worth delaying the start for; until then the case pages leave those
  // details out all the same, see cases/identity.ts openDetail).
  const legacy = sealLegacyDetails(ctx.db, reporterBox(ctx.config))
    .then((n) => {
      if (n === 0) return;
      ctx.sealer.kick();
      logger.info({ cases: n }, 'identifying channel details sealed');
    })
    .catch((err: unknown) => logger.error({ err }, 'sealing identifying channel details failed'));

  const setupToken = await ctx.db.transaction((tx) => issueSetupToken(tx));
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://localhost:${port}`;
  let closing: Promise<void> | null = null;
  return {
    app,
    runtime,
    url,
    // The token travels in the fragment, which browsers never send to a server or in a Referer.
    setupUrl: setupToken ? `${url}/setup#token=${setupToken}` : null,
    close() {
      closing ??= (async () => {
        clearInterval(purge);
        clearInterval(jobs);
        clearInterval(compact);
        await legacy;
        await app.close();
        await runtime.close();
      })();
      return closing;
    },
  };
}
