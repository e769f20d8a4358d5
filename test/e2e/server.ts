import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runningPlanFile } from '../fixtures/plans.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface TestServer {
  url: string;
  dataDir: string;
  auditKey: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface NewAccount {
  username: string;
  password: string;
  role: string;
  displayName: string;
  unit?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited ${code}:\n${output}`))));
    child.stdin.end(input ?? '');
  });
}

/** Builds the web app only when no build exists, so a run after `npx vite build` tests that build. */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(path.join(ROOT, 'dist/web/index.html'))) return;
  await run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {});
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready after 120 s:\n${log()}`);
}

/**
 * A fresh data directory with the given accounts, and the real server started on it. `extraEnv`
 * sets the server's environment (PLAN_FILE: the plan imported first, which is current);
 * `morePlans` are imported beside it, not current, before the server starts.
 */
export async function startTestServer(accounts: NewAccount[], extraEnv: Record<string, string> = {}, morePlans: string[] = []): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zf-e2e-'));
  const auditKey = randomBytes(32).toString('hex');
  const planFile = extraEnv.PLAN_FILE ?? runningPlanFile();
  // Every account in one process: the data directory is opened, migrated and given its plan once.
  if (accounts.length) await run(['--import', 'tsx', 'test/e2e/create-accounts.ts'], { DATA_DIR: dataDir, AUDIT_KEY: auditKey, PLAN_FILE: planFile }, JSON.stringify(accounts));
  for (const file of morePlans) await run(['--import', 'tsx', 'src/cli/plan-import.ts', file], { DATA_DIR: dataDir, AUDIT_KEY: auditKey, PLAN_FILE: planFile });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { DATA_DIR: dataDir, AUDIT_KEY: auditKey, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv, PLAN_FILE: planFile };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], { cwd: ROOT, env: { ...process.env, ...env } });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitUntilReady(url, child, () => output);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, dataDir, auditKey, output: () => output, stop };
}
