import { readFile } from 'node:fs/promises';
import { count } from 'drizzle-orm';
import { systemActor, useAuditKey } from '../core/audit/audit.js';
import { checkpointFileOf } from '../core/audit/anchor.js';
import { SessionCache } from '../core/auth/session-cache.js';
import { AuditSealer } from '../core/audit/sealer.js';
import type { Config } from '../core/config.js';
import { hmacSm3, SealedBox } from '../core/crypto/sm.js';
import { AnnouncedValue } from '../core/db/announced-value.js';
import type { Database } from '../core/db/client.js';
import { lockDataDir } from '../core/db/data-lock.js';
import { openDatabase } from '../core/db/open.js';
import { campaigns } from '../core/db/tables.js';
import { loadCampaigns } from '../core/campaign.js';
import { writeIn } from '../core/http/change.js';
import { badRequest } from '../core/errors.js';
import type { AppContext } from '../core/http/context.js';
import { validatePlan } from '../modules/plan/rules.js';
import { importPlan, type ImportSummary } from '../modules/plan/store.js';
import { loadCalendar } from '../modules/calendar/store.js';

export type Runtime = { ctx: AppContext; close(): Promise<void> };

/** Where the runtime reports what the operator should see: the audit chain's checkpoints. */
export type RuntimeLog = (data: Record<string, unknown>, msg: string) => void;

/** How often the sealer anchors the chain's head in DATA_DIR (and when the runtime closes). */
const CHECKPOINT_EVERY_MS = 60_000;

/**
 * Opens the configured database for one process (the server or a command): locks an embedded
 * data folder, migrates, and loads the configured plan if the database has no campaign yet.
 */
export async function openRuntime(config: Config, purpose: string, onError: (err: unknown) => void = () => undefined, log: RuntimeLog = () => undefined): Promise<Runtime> {
  const unlock = config.DATABASE_URL ? () => undefined : lockDataDir(config.DATA_DIR, purpose);
  try {
    const runtime = await createRuntime(await openDatabase(config), config, onError, log);
    return { ctx: runtime.ctx, close: () => runtime.close().finally(unlock) };
  } catch (err) {
    unlock();
    throw err;
  }
}

/** The application context over an opened, migrated database; loads the plan into an empty one. */
export async function createRuntime(
  database: Database,
  config: Config,
  onError: (err: unknown) => void = () => undefined,
  log: RuntimeLog = () => undefined,
): Promise<Runtime> {
  useAuditKey(config.auditKey);
  const sealer = new AuditSealer(database.db, config.auditKey, onError, 100, { file: checkpointFileOf(config.DATA_DIR), everyMs: CHECKPOINT_EVERY_MS, log });
  const receiptKey = hmacSm3(config.dataKey, 'zf:receipt');
  const sessionCache = new SessionCache();
  const calendar = new AnnouncedValue(() => loadCalendar(database.db));
  const campaigns = new AnnouncedValue(() => loadCampaigns(database.db));
  const unlisten: (() => Promise<void>)[] = [];
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    sealer,
    sessionCache,
    calendar,
    campaigns,
    secrets: new SealedBox(config.dataKey, 'secrets'),
    receiptHash: (receipt) => hmacSm3(receiptKey, receipt).toString('hex'),
  };
  try {
    await ensurePlan(ctx);
    unlisten.push(await database.listen('zf_auth', (p) => sessionCache.onNotification(p), (live) => sessionCache.setLive(live)));
    unlisten.push(await database.listen('zf_calendar', () => calendar.forget(), (live) => calendar.setLive(live)));
    unlisten.push(await database.listen('zf_campaign', () => campaigns.forget(), (live) => campaigns.setLive(live)));
  } catch (err) {
    for (const stop of unlisten) await stop().catch(() => undefined);
    await database.close();
    throw err;
  }
  return {
    ctx,
    async close() {
      for (const stop of unlisten) await stop();
      await sealer.stop();
      await sealer.flush().catch(onError);
      await database.close();
    },
  };
}

/** The plan file's JSON; a file that cannot be read or is not JSON is a refusal naming it (no stack trace). */
export async function readPlanFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? (err as Error).message})`;
    throw badRequest(`${file} ${why}`, [{ path: 'FILE', message: why }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw badRequest(`${file} is not valid JSON: ${(err as Error).message}`, [{ path: '(root)', message: 'is not valid JSON' }]);
  }
}

export async function importPlanFile(ctx: AppContext, file: string, makeCurrent: boolean): Promise<ImportSummary> {
  const checked = validatePlan(await readPlanFile(file));
  if (!checked.ok) throw badRequest(`${file}: the plan has ${checked.errors.length} error(s); nothing was imported`, checked.errors);
  const summary = await ctx.database.withAdvisoryLock(7_310_003, (db) =>
    db.transaction((tx) => importPlan(writeIn(tx, systemActor()), checked.plan, { makeCurrent })),
  );
  ctx.campaigns.forget();
  await ctx.sealer.seal();
  return summary;
}

async function ensurePlan(ctx: AppContext): Promise<void> {
  const [row] = await ctx.db.select({ n: count() }).from(campaigns);
  if ((row?.n ?? 0) === 0) await importPlanFile(ctx, ctx.config.PLAN_FILE, true);
}
