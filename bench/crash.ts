import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { sealPending } from '../src/core/audit/sealer.js';
import { verifyChain } from '../src/core/audit/verify.js';
import { openPg, openPglite, type Database } from '../src/core/db/client.js';
import { benchEnv, freshPgDatabase, freshPgliteDir, hotlineIntake, PASSWORD, startBenchServer, type BenchServer } from './lib.js';

/**
 * Staff intake with Idempotency-Key headers from concurrent clients while the app is killed with
 * SIGKILL and PostgreSQL is stopped with `pg_ctl stop -m immediate` at random moments (PGlite, in
 * the app's process, dies with it). Clients retry the same key until they get an answer. Then,
 * with everything up and quiet: every acknowledged case exists once, every key gives back its
 * original case, no key has two cases, and the audit chain verifies. Unlike the other benchmarks
 * this one fails (throws) when a check does not hold.
 *
 * PostgreSQL runs in a private cluster made for the run (never the machine's shared server).
 */
const SECONDS = Number(process.env.CRASH_SECONDS ?? 120);
const CLIENTS = Number(process.env.CRASH_CLIENTS ?? 8);
const FETCH_MS = 15_000;
const POLL_MS = 200;
const APP_KILL_SHARE = 0.6;
const REPLAY_SHARE = 0.05;
const SAMPLE = 2000;
const auditKey = Buffer.from(benchEnv({}).AUDIT_KEY, 'hex');
const run$ = promisify(execFile);

type Answer = { id: number; code: string; replayed: boolean };
type KeyRecord = { key: string; body: string; tries: number; acked: Answer | null; replays: Answer[]; refused: string | null };
type Session = { cookie: string; csrf: string };
type Kills = { app: number; database: number };

const fmt = (n: number) => n.toLocaleString('en-US');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// Synchronous work to undo if the process ends before a `finally` runs (an exception, Ctrl-C).
const onExit = new Set<() => void>();
const cleanUpNow = () => onExit.forEach((f) => f());

/* -------------------------------------------------------------------------- PostgreSQL cluster */

type Cluster = { adminUrl: string; up: boolean; start(): Promise<void>; stop(): Promise<void>; remove(): Promise<void> };

function postgresBin(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config: look where Debian puts the server
  }
  if (existsSync('/usr/lib/postgresql')) candidates.push(...readdirSync('/usr/lib/postgresql').sort().reverse().map((v) => `/usr/lib/postgresql/${v}/bin`));
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

/** A cluster of its own in a temporary folder, on a free port, with the default fsync and synchronous_commit. */
async function privateCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-crash-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  // initdb refuses to run as root: the cluster then belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const command = (tool: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args]);
  const pgCtl = async (...args: string[]) => {
    const [file, argv] = command('pg_ctl', ['-D', data, ...args]);
    await run$(file, argv, { timeout: 120_000 });
  };
  const stopNow = () => {
    const [file, argv] = command('pg_ctl', ['-D', data, 'stop', '-m', 'immediate']);
    spawnSync(file, argv, { stdio: 'ignore', timeout: 30_000 });
    rmSync(dir, { recursive: true, force: true });
  };
  onExit.add(stopNow);
  const cluster: Cluster = {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    up: false,
    async start() {
      await pgCtl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', path.join(dir, 'server.log'), '-w', '-t', '120', 'start');
      cluster.up = true;
    },
    async stop() {
      cluster.up = false;
      await pgCtl('-w', 'stop', '-m', 'immediate');
    },
    async remove() {
      onExit.delete(stopNow);
      // Whatever state a failed run left it in.
      await cluster.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    // UTF8 whatever the environment's locale, as the shared server has it.
    const [file, argv] = command('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale', 'C']);
    await run$(file, argv, { timeout: 120_000 });
    await cluster.start();
    // The kills must be survived with the durability settings a deployment has.
    const admin = await openPg(cluster.adminUrl, 1);
    try {
      const [s] = await admin.query<{ fsync: string; commit: string }>(`select current_setting('fsync') as fsync, current_setting('synchronous_commit') as commit`, []);
      if (s?.fsync !== 'on' || s.commit !== 'on') throw new Error(`the private cluster runs with fsync ${s?.fsync}, synchronous_commit ${s?.commit}`);
    } finally {
      await admin.close();
    }
  } catch (err) {
    onExit.delete(stopNow);
    stopNow();
    throw err;
  }
  return cluster;
}

/* ------------------------------------------------------------------------------------ the app */

/** The app in a child process, restarted (on the same port) whenever it dies. */
class App {
  private server: BenchServer | null = null;
  private starting: Promise<void> | null = null;
  private stopping = false;
  private disposed = false;
  /** Exits nobody asked for: the app should ride out a database restart. */
  readonly deaths: string[] = [];
  failedStarts = 0;
  fatal: Error | null = null;
  private readonly killNow = () => this.server?.child.kill('SIGKILL');

  constructor(
    readonly url: string,
    private readonly env: Record<string, string>,
    private readonly output: number,
    private readonly databaseState: () => string,
  ) {
    onExit.add(this.killNow);
  }

  start(): Promise<void> {
    this.stopping = false;
    if (this.server) return Promise.resolve();
    this.starting ??= (async () => {
      const giveUp = Date.now() + 180_000;
      while (!this.stopping && !this.disposed) {
        try {
          const server = await startBenchServer(this.env, { output: this.output, readyTimeoutMs: 120_000 });
          if (this.disposed) {
            server.child.kill('SIGKILL');
            return;
          }
          this.server = server;
          server.child.once('exit', (code, signal) => {
            if (this.server !== server) return;
            this.server = null;
            this.deaths.push(`${new Date().toISOString()} exited with ${code ?? signal}, database ${this.databaseState()}`);
            if (!this.stopping) this.start().catch((err: Error) => (this.fatal = err));
          });
          return;
        } catch (err) {
          // Expected while the database is down: the app needs it to start.
          this.failedStarts++;
          if (Date.now() > giveUp) throw new Error(`the app did not start for 3 minutes: ${(err as Error).message}`);
          await sleep(300);
        }
      }
    })().finally(() => (this.starting = null));
    return this.starting;
  }

  async kill(): Promise<void> {
    await this.starting;
    const server = this.server;
    this.server = null;
    if (server) await exited(server, 'SIGKILL');
    await this.start();
  }

  /** A clean stop (SIGTERM: finish requests, seal the audit rows), for the checks that follow. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.starting?.catch(() => undefined);
    const server = this.server;
    this.server = null;
    if (server) await exited(server, 'SIGTERM');
  }

  dispose(): void {
    this.disposed = true;
    onExit.delete(this.killNow);
    const server = this.server;
    this.server = null;
    server?.child.kill('SIGKILL');
  }
}

async function exited(server: BenchServer, signal: NodeJS.Signals): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const ac = new AbortController();
  await Promise.race([gone, sleep(30_000, undefined, { signal: ac.signal }).then(() => child.kill('SIGKILL')).catch(() => undefined)]);
  ac.abort();
  await gone;
}

/* -------------------------------------------------------------------------------- the clients */

/** The office operator's session, shared by the clients; signed in again when the server forgets it. */
class Office {
  private session: Session | null = null;
  private signing: Promise<Session | null> | null = null;
  constructor(private readonly url: string) {}

  get(until: number): Promise<Session | null> {
    if (this.session) return Promise.resolve(this.session);
    this.signing ??= (async () => {
      while (Date.now() < until) {
        try {
          const res = await fetch(`${this.url}/api/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: 'operator', password: PASSWORD }),
            signal: AbortSignal.timeout(FETCH_MS),
          });
          const text = await res.text();
          if (res.status === 200) {
            this.session = { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: (JSON.parse(text) as { csrfToken: string }).csrfToken };
            return this.session;
          }
        } catch {
          // server or database down: poll
        }
        await sleep(POLL_MS);
      }
      return null;
    })().finally(() => (this.signing = null));
    return this.signing;
  }

  forget(session: Session): void {
    if (this.session === session) this.session = null;
  }
}

type Run = {
  url: string;
  office: Office;
  until: number;
  records: KeyRecord[];
  answers: Map<string, number>;
};

const tally = (run: Run, what: string) => run.answers.set(what, (run.answers.get(what) ?? 0) + 1);

const keyOfTitle = (title: string) => title.split(' ').at(-1) ?? '';

/**
 * Sends the key's request until it gets an answer or `until` passes, the same body each time.
 * Network errors, 5xx and 409 (a twin still in progress) mean retry; a lost session means sign
 * in again; any other answer is a refusal, kept as evidence.
 */
async function send(run: Run, rec: KeyRecord, until: number): Promise<{ answer: Answer | null; tries: number }> {
  let tries = 0;
  while (Date.now() < until) {
    const session = await run.office.get(until);
    if (!session) break;
    tries++;
    let status: number;
    let replayed: boolean;
    let text: string;
    try {
      const res = await fetch(`${run.url}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf, 'idempotency-key': rec.key },
        body: rec.body,
        signal: AbortSignal.timeout(FETCH_MS),
      });
      status = res.status;
      replayed = res.headers.get('idempotent-replayed') === 'true';
      text = await res.text();
    } catch {
      tally(run, 'network error');
      await sleep(POLL_MS);
      continue;
    }
    tally(run, String(status));
    if (status >= 200 && status < 300) {
      try {
        const { id, code } = JSON.parse(text) as { id: number; code: string };
        return { answer: { id, code, replayed }, tries };
      } catch {
        rec.refused = `${status} with a body that is not JSON: ${text.slice(0, 200)}`;
        return { answer: null, tries };
      }
    }
    if (status === 401 || status === 403) {
      run.office.forget(session);
      await sleep(POLL_MS);
      continue;
    }
    if (status >= 500 || status === 409) {
      await sleep(POLL_MS);
      continue;
    }
    rec.refused = `${status} ${text.slice(0, 300)}`;
    return { answer: null, tries };
  }
  return { answer: null, tries };
}

async function client(run: Run, n: number, tag: string): Promise<void> {
  for (let i = 0; Date.now() < run.until; i++) {
    const key = `crash-${tag}-${n}-${i}-${randomBytes(4).toString('hex')}`;
    // The key in the title ties each case in the database to the request that made it.
    const rec: KeyRecord = { key, body: hotlineIntake(key), tries: 0, acked: null, replays: [], refused: null };
    run.records.push(rec);
    const first = await send(run, rec, run.until);
    rec.tries = first.tries;
    rec.acked = first.answer;
    // Now and then the same key again at once: a replay answered under fire.
    if (rec.acked && Math.random() < REPLAY_SHARE) {
      const again = await send(run, rec, run.until);
      if (again.answer) rec.replays.push(again.answer);
    }
  }
}

async function chaos(run: Run, app: App, cluster: Cluster | null, kills: Kills): Promise<void> {
  for (;;) {
    const wait = 2000 + Math.random() * 4000;
    if (Date.now() + wait >= run.until) return;
    await sleep(wait);
    if (cluster && Math.random() >= APP_KILL_SHARE) {
      kills.database++;
      await cluster.stop();
      await sleep(1000);
      await cluster.start();
    } else {
      kills.app++;
      await app.kill();
    }
  }
}

/* --------------------------------------------------------------------------------- the checks */

type Snapshot = {
  cases: { id: number; code: string; key: string }[];
  keys: Map<string, { caseId: number; code: string }>;
  caseAudits: Map<number, number>;
};

async function snapshot(database: Database): Promise<Snapshot> {
  const cases = (await database.query<{ id: string; code: string; title: string }>('select id::text as id, code, title from cases order by id', [])).map((c) => ({
    id: Number(c.id),
    code: c.code,
    key: keyOfTitle(c.title),
  }));
  const keyRows = await database.query<{ key: string; case_id: string; code: string }>(
    `select key, response->'plain'->>'id' as case_id, response->'plain'->>'code' as code from idempotency_keys`,
    [],
  );
  const audits = await database.query<{ object_id: string; n: number }>(`select object_id, count(*)::int as n from audit_log where action = 'case.create' group by object_id`, []);
  return {
    cases,
    keys: new Map(keyRows.map((k) => [k.key, { caseId: Number(k.case_id), code: k.code }])),
    caseAudits: new Map(audits.map((a) => [Number(a.object_id), a.n])),
  };
}

/** A failing check with the keys or ids it failed for. */
const fail = (failures: string[], what: string, items: string[]) => {
  if (items.length) failures.push(`${what} (${items.length}): ${items.slice(0, 50).join('; ')}${items.length > 50 ? '; …' : ''}`);
};

function checkSnapshot(snap: Snapshot, records: KeyRecord[], failures: string[]): { unacknowledged: Map<string, number>; duplicates: number } {
  const byKey = new Map<string, { id: number; code: string }[]>();
  for (const c of snap.cases) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const ours = new Map(records.map((r) => [r.key, r]));
  const duplicates = [...byKey].filter(([, cs]) => cs.length > 1);
  fail(failures, 'keys with more than one case', duplicates.map(([k, cs]) => `${k} → cases ${cs.map((c) => c.id).join(', ')}`));
  fail(failures, 'cases made by no request of this run', snap.cases.filter((c) => !ours.has(c.key)).map((c) => `case ${c.id} ${c.code}`));
  const acked = records.filter((r) => r.acked);
  fail(
    failures,
    'acknowledged cases missing or different in the database',
    acked.filter((r) => {
      const cs = byKey.get(r.key) ?? [];
      return cs.length !== 1 || cs[0]?.id !== r.acked?.id || cs[0]?.code !== r.acked?.code;
    }).map((r) => `${r.key}: acknowledged ${r.acked?.id} ${r.acked?.code}, database has ${(byKey.get(r.key) ?? []).map((c) => `${c.id} ${c.code}`).join(', ') || 'nothing'}`),
  );
  const ackedIds = new Map<number, string[]>();
  for (const r of acked) ackedIds.set(r.acked?.id ?? 0, [...(ackedIds.get(r.acked?.id ?? 0) ?? []), r.key]);
  fail(failures, 'one case acknowledged for several keys', [...ackedIds].filter(([, ks]) => ks.length > 1).map(([id, ks]) => `case ${id}: ${ks.join(', ')}`));
  fail(failures, 'answers under fire that differ from the first', acked.filter((r) => r.replays.some((a) => a.id !== r.acked?.id || a.code !== r.acked.code || !a.replayed)).map((r) => `${r.key}: first ${r.acked?.id}, then ${r.replays.map((a) => `${a.id}${a.replayed ? '' : ' (not marked replayed)'}`).join(', ')}`));
  // Every case carries its key's claim, written by the same statement.
  fail(
    failures,
    'cases whose Idempotency-Key row is missing or points elsewhere',
    snap.cases.filter((c) => snap.keys.get(c.key)?.caseId !== c.id || snap.keys.get(c.key)?.code !== c.code).map((c) => `case ${c.id} (${c.key}): key row ${JSON.stringify(snap.keys.get(c.key) ?? null)}`),
  );
  const caseIds = new Set(snap.cases.map((c) => c.id));
  fail(failures, 'Idempotency-Key rows without their case', [...snap.keys].filter(([, k]) => !caseIds.has(k.caseId)).map(([key, k]) => `${key} → ${k.caseId}`));
  fail(failures, "cases without exactly one 'case.create' audit row", snap.cases.filter((c) => snap.caseAudits.get(c.id) !== 1).map((c) => `case ${c.id}: ${snap.caseAudits.get(c.id) ?? 0}`));
  // Cases whose answer a crash swallowed: allowed, as long as their key leads back to them.
  const unacknowledged = new Map<string, number>();
  for (const r of records) {
    const cs = byKey.get(r.key) ?? [];
    if (!r.acked && cs.length === 1) unacknowledged.set(r.key, cs[0]?.id ?? 0);
  }
  const expected = ackedIds.size + unacknowledged.size;
  if (snap.cases.length !== expected) failures.push(`cases in the database ${snap.cases.length}, expected ${expected} (${ackedIds.size} acknowledged + ${unacknowledged.size} unacknowledged)`);
  return { unacknowledged, duplicates: duplicates.length };
}

/** Sends each record's request again, CLIENTS at a time, with everything up and quiet. */
async function resend(run: Run, records: KeyRecord[]): Promise<Map<string, Answer | string>> {
  const results = new Map<string, Answer | string>();
  const queue = [...records];
  const until = Date.now() + Math.max(120_000, records.length * 200);
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let rec = queue.pop(); rec; rec = queue.pop()) {
        const probe: KeyRecord = { ...rec, refused: null };
        const { answer } = await send(run, probe, until);
        results.set(rec.key, answer ?? probe.refused ?? 'no answer');
      }
    }),
  );
  return results;
}

function sample<T>(items: T[], n: number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a.slice(0, n);
}

/** Errors in the server's log, grouped by message, and lines that are not log records (crashes). */
function serverLogSummary(file: string): string[] {
  const errors = new Map<string, number>();
  const other = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string; stack?: string } };
      if (r.level < 50) continue;
      // The driver's error is the cause of the ORM's "Failed query: …" (pino appends it to the stack).
      const head = (r.err?.message ?? '').split('\n')[0]?.slice(0, 90) ?? '';
      const cause = /\ncaused by: (?:\w+: )?(.*)/.exec(r.err?.stack ?? '')?.[1];
      const what = `${r.msg ?? ''}: ${head}${cause ? ` ← ${cause}` : ''}`;
      errors.set(what, (errors.get(what) ?? 0) + 1);
    } catch {
      // Crash reports repeat: each distinct line once.
      if (other.size < 30) other.add(line.slice(0, 200));
    }
  }
  return [...[...errors].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([what, n]) => `${String(n).padStart(6)} × ${what}`), ...[...other].map((l) => `       | ${l}`)];
}

/* --------------------------------------------------------------------------------- one engine */

type Engine = {
  label: string;
  tag: string;
  env: Record<string, string>;
  cluster: Cluster | null;
  open(): Promise<Database>;
};

async function survive(engine: Engine, failures: string[]): Promise<void> {
  const { label, cluster } = engine;
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'zf-crash-log-'));
  const logFile = path.join(logDir, 'server.log');
  const removeLog = () => rmSync(logDir, { recursive: true, force: true });
  onExit.add(removeLog);
  const log = openSync(logFile, 'a');
  const port = await freePort();
  const app = new App(`http://127.0.0.1:${port}`, { ...engine.env, PORT: String(port) }, log, () => (cluster ? (cluster.up ? 'up' : 'down') : 'in-process'));
  const mine: string[] = [];
  try {
    await app.start();
    const run: Run = { url: app.url, office: new Office(app.url), until: Date.now() + SECONDS * 1000, records: [], answers: new Map() };
    const kills: Kills = { app: 0, database: 0 };
    // Settled, not all: after a failed kill the clients still finish before the checks report it.
    const settled = await Promise.allSettled([chaos(run, app, cluster, kills), ...Array.from({ length: CLIENTS }, (_, i) => client(run, i, engine.tag))]);
    for (const s of settled) if (s.status === 'rejected') throw s.reason;
    if (app.fatal) throw app.fatal;

    // Quiet: the database up (the chaos loop always starts it again), the app stopped cleanly.
    if (cluster && !cluster.up) await cluster.start();
    await app.start();
    await app.stop();
    const database = await engine.open();
    let snap: Snapshot;
    try {
      snap = await snapshot(database);
    } finally {
      await database.close();
    }
    const { unacknowledged, duplicates } = checkSnapshot(snap, run.records, mine);

    // Every key again: acknowledged ones (a sample when many) and the ones the run ended on.
    await app.start();
    const acked = run.records.filter((r) => r.acked);
    const checked = acked.length > SAMPLE ? sample(acked, SAMPLE) : acked;
    const open = run.records.filter((r) => !r.acked && !r.refused);
    const answers = await resend({ ...run, answers: new Map() }, [...checked, ...open]);
    const bad = checked.filter((r) => {
      const a = answers.get(r.key);
      return typeof a !== 'object' || a.id !== r.acked?.id || a.code !== r.acked.code || !a.replayed;
    });
    fail(mine, 'retries that did not return the original case', bad.map((r) => `${r.key}: original ${r.acked?.id} ${r.acked?.code}, retry ${JSON.stringify(answers.get(r.key))}`));
    const unreachable = [...unacknowledged].filter(([key, id]) => {
      const a = answers.get(key);
      return typeof a !== 'object' || a.id !== id || !a.replayed;
    });
    fail(mine, 'unacknowledged cases their key does not lead back to', unreachable.map(([key, id]) => `${key}: case ${id}, retry ${JSON.stringify(answers.get(key))}`));
    const unanswered = open.filter((r) => typeof answers.get(r.key) !== 'object');
    fail(mine, 'keys still unanswered with everything up', unanswered.map((r) => `${r.key}: ${String(answers.get(r.key))}`));
    const created = open.length - unacknowledged.size - unanswered.length;
    await app.stop();

    // The chain, with the app's sealer done: anything left unsealed is sealed here and reported.
    const db = await engine.open();
    let chain: Awaited<ReturnType<typeof verifyChain>>;
    let leftUnsealed: number;
    let auditRows: number;
    let casesAfter: number;
    try {
      leftUnsealed = await sealPending(db.db, auditKey);
      chain = await verifyChain(db.db, auditKey, { graceSeconds: 0 });
      auditRows = Number((await db.query<{ n: string }>('select count(*)::text as n from audit_log', []))[0]?.n);
      casesAfter = Number((await db.query<{ n: string }>('select count(*)::text as n from cases', []))[0]?.n);
    } finally {
      await db.close();
    }
    if (chain.firstBroken) mine.push(`audit chain broken at row ${chain.firstBroken.id} (seq ${chain.firstBroken.seq}): ${chain.firstBroken.reason}`);
    if (chain.unsealed) mine.push(`${chain.unsealed} audit rows unsealed`);
    if (chain.checked !== auditRows) mine.push(`audit chain covers ${chain.checked} rows of ${auditRows}`);
    if (casesAfter !== snap.cases.length + created) mine.push(`after the retries: ${casesAfter} cases, expected ${snap.cases.length} + ${created} new`);

    const retried = run.records.filter((r) => r.tries > 1).length;
    const recovered = acked.filter((r) => r.acked?.replayed).length;
    const sampled = checked.length < acked.length ? ` (random sample of ${fmt(acked.length)})` : '';
    console.log(
      `${label.padEnd(11)} ${SECONDS} s  app kills ${kills.app}${cluster ? `  database kills ${kills.database}` : ''}  requests acknowledged ${fmt(acked.length)}  retried keys ${fmt(retried)}` +
        `  replays checked ${fmt(checked.length - bad.length)}/${fmt(checked.length)}${sampled} ${bad.length ? 'FAILED' : 'ok'}` +
        `  cases ${fmt(snap.cases.length)} (${unacknowledged.size} created but unacknowledged, ${unreachable.length ? `${unreachable.length} NOT` : 'each'} reachable by its key)` +
        `  duplicates ${duplicates}  audit chain ${chain.ok && chain.checked === auditRows ? 'intact' : 'BROKEN'} (${fmt(chain.checked)} rows)`,
    );
    const answered = [...run.answers].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${fmt(n)}`).join(', ');
    console.log(`            answers during the run: ${answered}; first answer a replay (the original answer lost) for ${recovered} keys`);
    console.log(`            keys the run ended on: ${open.length} (${open.length - created - unanswered.length} had a case, ${created} filed by the retry afterwards); refused keys: ${run.records.filter((r) => r.refused).length}`);
    console.log(`            app deaths nobody asked for: ${app.deaths.length}${app.deaths.length ? ` (${app.deaths.slice(0, 5).join('; ')})` : ''}; starts that failed: ${app.failedStarts}; audit rows sealed after the app stopped: ${leftUnsealed}`);
    const withDatabase = app.deaths.filter((d) => d.endsWith('database down')).length;
    if (withDatabase) console.log(`            note: the app exited by itself ${withDatabase} time(s) when PostgreSQL went away (${kills.database} database kills); it should ride a restart out`);
    fail(mine, 'refused requests', run.records.filter((r) => r.refused).map((r) => `${r.key}: ${r.refused}`));
  } catch (err) {
    mine.push(String((err as Error).stack ?? err));
  } finally {
    app.dispose();
    closeSync(log);
    const errors = serverLogSummary(logFile);
    if (errors.length) console.log(`            server log errors (by message):\n${errors.map((l) => `            ${l}`).join('\n')}`);
    // The whole log stays for a look when something failed.
    onExit.delete(removeLog);
    if (mine.length) console.log(`            server log kept in ${logFile}`);
    else removeLog();
    failures.push(...mine.map((f) => `${label}: ${f}`));
  }
}

export async function crashBench(): Promise<void> {
  console.log(`\nCrash: ${CLIENTS} clients filing with Idempotency-Key while the app (and PostgreSQL) are killed every 2–6 s, ${SECONDS} s per database`);
  const exitNow = () => process.exit(130);
  process.on('exit', cleanUpNow);
  process.once('SIGINT', exitNow);
  const failures: string[] = [];
  try {
    const bin = postgresBin();
    if (bin) {
      const cluster = await privateCluster(bin);
      try {
        const db = await freshPgDatabase(`zf_bench_crash_${process.pid}`, cluster.adminUrl);
        await survive({ label: 'PostgreSQL', tag: 'pg', env: { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10' }, cluster, open: () => openPg(db.url, 2) }, failures);
      } finally {
        await cluster.remove();
      }
    } else console.log('PostgreSQL server binaries (initdb, pg_ctl) not found: PostgreSQL skipped');

    const dir = mkdtempSync(path.join(os.tmpdir(), 'zf-crash-pglite-'));
    const removeDir = () => rmSync(dir, { recursive: true, force: true });
    onExit.add(removeDir);
    try {
      await freshPgliteDir(dir);
      await survive({ label: 'PGlite', tag: 'lite', env: { DATA_DIR: dir }, cluster: null, open: () => openPglite(`${dir}/pg`) }, failures);
    } finally {
      onExit.delete(removeDir);
      removeDir();
    }
  } finally {
    process.off('SIGINT', exitNow);
    process.off('exit', cleanUpNow);
  }
  if (failures.length) {
    for (const f of failures) console.error(`FAILED ${f}`);
    throw new Error(`crash: ${failures.length} check(s) failed`);
  }
}
