import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const key = '8a62d0b94d518ab2a02a602e514b59e0e72a399a401b0d2d151d8cdb7c3b6f9d';
const other = '856d23ab283f0f2110abc618c2711c6b8ed51c24a12e40943e58c98df5196726';

describe('configuration', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'zf-cfg-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('names every bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', AUDIT_KEY: key, DATA_KEY: other })).toThrow(/PORT:[\s\S]*LOG_LEVEL:/);
    expect(() => loadConfig({ AUDIT_KEY: 'abcd', DATA_KEY: other })).toThrow(/AUDIT_KEY: must be at least 64 hex/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', AUDIT_KEY: key, DATA_KEY: other })).toThrow(/DATABASE_URL: must start with postgres/);
  });

  it('refuses a weak key and one key for both purposes', () => {
    expect(() => loadConfig({ AUDIT_KEY: '00'.repeat(32), DATA_KEY: other })).toThrow(/AUDIT_KEY: is too weak/);
    expect(() => loadConfig({ AUDIT_KEY: key, DATA_KEY: 'ab'.repeat(32) })).toThrow(/DATA_KEY: is too weak/);
    expect(() => loadConfig({ AUDIT_KEY: key, DATA_KEY: key.toUpperCase() })).toThrow(/DATA_KEY: must differ from AUDIT_KEY/);
  });

  it('requires the keys on a PostgreSQL server', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x' })).toThrow(/AUDIT_KEY: required[\s\S]*DATA_KEY: required/);
  });

  it('generates embedded keys once into the data folder, readable only by the owner, and reuses them', () => {
    const dir = tmp();
    const a = loadConfig({ DATA_DIR: dir });
    const b = loadConfig({ DATA_DIR: dir });
    expect(a.auditKey.equals(b.auditKey)).toBe(true);
    expect(a.auditKey.equals(a.dataKey)).toBe(false);
    expect(a.keySource).toBe('data-dir');
    expect(statSync(path.join(dir, 'keys.json')).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'keys.json'), 'utf8')).auditKey).toHaveLength(64);
  });

  it('can be told not to generate keys (a restore needs the installation’s own)', () => {
    const dir = tmp();
    expect(() => loadConfig({ DATA_DIR: dir }, { generateKeys: false })).toThrow(/No keys in .*keys\.json/);
    loadConfig({ DATA_DIR: dir });
    expect(() => loadConfig({ DATA_DIR: dir }, { generateKeys: false })).not.toThrow();
  });

  it('has working defaults', () => {
    const c = loadConfig({ AUDIT_KEY: key, DATA_KEY: other });
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 12 });
  });
});
