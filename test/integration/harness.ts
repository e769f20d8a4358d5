import { randomBytes } from 'node:crypto';
import { writeIn } from '../../src/core/http/change.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateSync } from 'otplib';
import type { DestinationStream } from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { systemActor } from '../../src/core/audit/audit.js';
import { newTotpSecret, TOTP_PERIOD } from '../../src/core/auth/totp.js';
import type { Role } from '../../src/core/auth/roles.js';
import { loadConfig, type Config } from '../../src/core/config.js';
import { createLogger } from '../../src/core/logger.js';
import { openPg, openPglite, type Database } from '../../src/core/db/client.js';
import { migrate } from '../../src/core/db/migrate.js';
import { users } from '../../src/core/db/tables.js';
import type { AppContext } from '../../src/core/http/context.js';
import { createUser } from '../../src/modules/accounts/store.js';
import { currentOf, loadCampaigns } from '../../src/core/campaign.js';
import { runningPlanFile } from '../fixtures/plans.js';
import { findUnitByName } from '../../src/modules/units/store.js';
import { createRuntime } from '../../src/server/runtime.js';
import { eq } from 'drizzle-orm';
import { PG_ADMIN_URL } from './global-setup.js';

export const engine = process.env.TEST_DB === 'pg' ? 'pg' : 'pglite';
export const PASSWORD = 'Corr3ct-Horse-Battery';

export type TestUser = { id: number; username: string; password: string; totpSecret: string | null };

export type TestApp = {
  url: string;
  ctx: AppContext;
  config: Config;
  /** A user made directly in the database; TOTP roles come with their second factor enrolled. */
  /** A signed-in user; `unit` is looked up in the registry of `campaign` (a code; by default the current campaign). */
  user(role: Role, opts?: { unit?: string; campaign?: string; username?: string; enrolTotp?: boolean }): Promise<TestUser>;
  client(): Client;
  close(): Promise<void>;
};

async function openTestDatabase(): Promise<Database> {
  const template = inject('pgTemplate');
  if (engine === 'pglite' || !template) {
    const database = await openPglite();
    await migrate(database);
    return database;
  }
  const name = `zf_t_${template.slice('zf_tpl_'.length)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  return openPg(PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`), 5);
}

/** `logTo`: the app logs there (at LOG_LEVEL) through the server's logger, instead of nowhere. */
export async function startTestApp(env: Record<string, string> = {}, opts: { logTo?: DestinationStream } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zf-it-'));
  const config = loadConfig({
    AUDIT_KEY: randomBytes(32).toString('hex'),
    DATA_KEY: randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PLAN_FILE: runningPlanFile(),
    ...env,
  });
  const runtime = await createRuntime(await openTestDatabase(), config);
  const app = await buildApp(runtime.ctx, { serveWeb: false, ...(opts.logTo ? { logger: createLogger(config.LOG_LEVEL, opts.logTo) } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const lastSteps = new Map<string, number>();
  let counter = 0;

  return {
    url,
    ctx: runtime.ctx,
    config,
    async user(role, opts = {}) {
      const username = opts.username ?? `${role}${++counter}`;
      const campaigns = await loadCampaigns(runtime.ctx.db);
      const campaign = opts.campaign === undefined ? currentOf(campaigns) : campaigns.find((c) => c.code === opts.campaign);
      const unitId = opts.unit && campaign ? ((await findUnitByName(runtime.ctx.db, campaign.jurisdictionId, opts.unit))?.id ?? null) : null;
      const created = await runtime.ctx.db.transaction((tx) =>
        createUser(writeIn(tx, systemActor()), { username, displayName: username, role, unitId, password: PASSWORD }),
      );
      let totpSecret: string | null = null;
      if (opts.enrolTotp ?? (role === 'office_admin' || role === 'auditor')) {
        totpSecret = newTotpSecret();
        await runtime.ctx.db.update(users).set({ totpSecret: runtime.ctx.secrets.seal(totpSecret) }).where(eq(users.id, created.id));
      }
      return { id: created.id, username, password: PASSWORD, totpSecret };
    },
    client: () => new Client(url, lastSteps),
    async close() {
      await app.close();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Reply = { status: number; body: any; headers: Headers }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A browser-like client: keeps the session cookie and sends the CSRF token back. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;

  constructor(
    readonly base: string,
    private readonly lastSteps: Map<string, number>,
  ) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && h['x-csrf-token'] === undefined) h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await fetch(this.base + url, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, headers: res.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);

  /** A TOTP code for a time step this user has not used yet (the server refuses replays). */
  code(user: TestUser): string {
    if (!user.totpSecret) throw new Error(`${user.username} has no TOTP`);
    const now = Math.floor(Date.now() / 1000 / TOTP_PERIOD);
    const last = this.lastSteps.get(user.username) ?? -Infinity;
    const step = [now - 1, now, now + 1].find((s) => s > last);
    if (step === undefined) throw new Error('no unused TOTP step left in the window; wait 30 s');
    this.lastSteps.set(user.username, step);
    return generateSync({ secret: user.totpSecret, epoch: step * TOTP_PERIOD });
  }

  async login(user: TestUser): Promise<Reply> {
    const body: Record<string, string> = { username: user.username, password: user.password };
    if (user.totpSecret) body.totp = this.code(user);
    const res = await this.post('/api/auth/login', body);
    if (res.status === 200 && res.body.csrfToken) this.csrf = res.body.csrfToken;
    return res;
  }
}
