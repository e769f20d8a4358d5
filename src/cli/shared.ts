import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../core/config.js';
import { DataDirBusyError } from '../core/db/data-lock.js';
import { AppError } from '../core/errors.js';

/** Runs a command-line tool, turning known errors into a message and exit code 1 (no stack traces). */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`Error: ${err.message}`);
      for (const e of err.errors ?? []) console.error(`  ${e.path}: ${e.message}`);
    } else if (err instanceof ConfigError || err instanceof DataDirBusyError) {
      console.error(`Error: ${err.message}`);
    } else {
      console.error(err);
    }
    process.exitCode = 1;
  }
}

export function cliConfig(): Config {
  return loadConfig();
}

export function args<T extends ParseArgsConfig['options']>(options: T, allowPositionals = false) {
  return parseArgs({ options, allowPositionals, strict: true });
}

export async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}
