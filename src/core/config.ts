import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * A key of at least 256 bits that looks random: a key typed by hand or made of a repeated pattern
 * ("0000…", "abab…") has few distinct bytes, where 32 random bytes almost never have fewer than 16.
 */
export const MIN_DISTINCT_KEY_BYTES = 16;
const hexKey = z
  .string()
  .regex(/^[0-9a-fA-F]+$/, 'must be hexadecimal')
  .min(64, 'must be at least 64 hex characters (256 bits)')
  .refine((k) => new Set(Buffer.from(k, 'hex')).size >= MIN_DISTINCT_KEY_BYTES, 'is too weak: use 32 random bytes, e.g. `openssl rand -hex 32`');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUDIT_KEY: hexKey.optional(),
  DATA_KEY: hexKey.optional(),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  PLAN_FILE: z.string().min(1).default('plans/harbin-2011.json'),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  JOB_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = Omit<z.infer<typeof envSchema>, 'AUDIT_KEY' | 'DATA_KEY'> & {
  /** HMAC-SM3 key of the audit chain. */
  auditKey: Buffer;
  /** SM4 + HMAC-SM3 key material for personal data and secrets at rest (version 1). */
  dataKey: Buffer;
  keySource: 'env' | 'data-dir';
};

export class ConfigError extends Error {}

/**
 * Reads and validates the environment once. On embedded PGlite without AUDIT_KEY a key is
 * generated into DATA_DIR/keys.json (outside the database) so `npm start` works out of the box;
 * a PostgreSQL deployment must provide AUDIT_KEY.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { generateKeys?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const { AUDIT_KEY, DATA_KEY, ...rest } = parsed.data;
  if (AUDIT_KEY && DATA_KEY && AUDIT_KEY.toLowerCase() === DATA_KEY.toLowerCase()) {
    throw new ConfigError('Invalid configuration:\n  DATA_KEY: must differ from AUDIT_KEY (one key per purpose)');
  }
  if (AUDIT_KEY && DATA_KEY) {
    return { ...rest, auditKey: Buffer.from(AUDIT_KEY, 'hex'), dataKey: Buffer.from(DATA_KEY, 'hex'), keySource: 'env' };
  }
  if (rest.DATABASE_URL) {
    const missing = [AUDIT_KEY ? null : 'AUDIT_KEY', DATA_KEY ? null : 'DATA_KEY'].filter(Boolean);
    throw new ConfigError(`Invalid configuration:\n${missing.map((m) => `  ${m}: required when DATABASE_URL is set`).join('\n')}`);
  }
  const keys = embeddedKeys(rest.DATA_DIR, opts.generateKeys ?? true);
  return {
    ...rest,
    auditKey: AUDIT_KEY ? Buffer.from(AUDIT_KEY, 'hex') : keys.auditKey,
    dataKey: DATA_KEY ? Buffer.from(DATA_KEY, 'hex') : keys.dataKey,
    keySource: 'data-dir',
  };
}

const keyFileSchema = z.object({ auditKey: hexKey, dataKey: hexKey });

function embeddedKeys(dataDir: string, generate: boolean): { auditKey: Buffer; dataKey: Buffer } {
  const file = path.join(dataDir, 'keys.json');
  if (existsSync(file)) {
    const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new ConfigError(`Invalid key file ${file}: auditKey or dataKey is missing or too short`);
    return { auditKey: Buffer.from(parsed.data.auditKey, 'hex'), dataKey: Buffer.from(parsed.data.dataKey, 'hex') };
  }
  if (!generate) throw new ConfigError(`No keys in ${file}: put the installation's keys.json there (or set AUDIT_KEY and DATA_KEY)`);
  mkdirSync(dataDir, { recursive: true });
  const keys = { auditKey: randomBytes(32), dataKey: randomBytes(32) };
  const body = { auditKey: keys.auditKey.toString('hex'), dataKey: keys.dataKey.toString('hex') };
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n', { mode: 0o600 });
  return keys;
}
