import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problems as accounts } from '../modules/accounts/contract.js';
import { problems as cases } from '../modules/cases/contract.js';
import { problems as evaluations } from '../modules/evaluations/contract.js';
import { problems as inspections } from '../modules/inspections/contract.js';
import { problems as selfInspections } from '../modules/self-inspections/contract.js';
import { problems as core, type ProblemCatalogue } from './contract.js';
import { AppError, problem } from './errors.js';

const CATALOGUES: Record<string, ProblemCatalogue> = { core, accounts, cases, evaluations, inspections, 'self-inspections': selfInspections };

const SRC = path.resolve(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'web' && dir === SRC ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });

/** Every code, with the catalogues it appears in. */
const byCode = new Map<string, { catalogue: string; status: number; zh: string; en: string }[]>();
for (const [name, catalogue] of Object.entries(CATALOGUES)) {
  for (const [code, entry] of Object.entries(catalogue)) byCode.set(code, [...(byCode.get(code) ?? []), { catalogue: name, ...entry }]);
}

describe('problem catalogues', () => {
  it('cover every module contract that has one', () => {
    const modules = readdirSync(path.join(SRC, 'modules')).filter((m) => {
      try {
        return /export const problems\b/.test(readFileSync(path.join(SRC, 'modules', m, 'contract.ts'), 'utf8'));
      } catch {
        return false;
      }
    });
    expect(modules.sort()).toEqual(Object.keys(CATALOGUES).filter((c) => c !== 'core').sort());
  });

  it('give every entry an error status and words in both languages', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const [code, entry] of Object.entries(catalogue)) {
        expect(code, `${name}.${code}`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(Number.isInteger(entry.status) && entry.status >= 400 && entry.status < 600, `${name}.${code} status`).toBe(true);
        expect(entry.zh.trim(), `${name}.${code} zh`).not.toBe('');
        expect(entry.en.trim(), `${name}.${code} en`).not.toBe('');
      }
    }
  });

  it('give a code one meaning: the same status and words wherever it appears', () => {
    for (const [code, entries] of byCode) {
      const [first] = entries;
      for (const e of entries) expect({ code, status: e.status, zh: e.zh, en: e.en }, `${code} in ${e.catalogue}`).toEqual({ code, status: first?.status, zh: first?.zh, en: first?.en });
    }
  });

  it('keep the evaluator’s closed round apart from the office’s', () => {
    expect(evaluations.evaluation_closed.status).toBe(410);
    expect(evaluations.round_closed.status).toBe(409);
    expect(inspections.round_closed).toEqual(evaluations.round_closed);
  });

  it('build the error with the catalogue’s status, and its English unless told otherwise', () => {
    const err = problem(evaluations, 'evaluation_closed');
    expect(err).toBeInstanceOf(AppError);
    expect([err.status, err.code, err.message]).toEqual([410, 'evaluation_closed', evaluations.evaluation_closed.en]);
    const more = problem(core, 'locked', 'Locked for 5 minutes', { errors: [{ path: 'username', message: 'is locked' }], headers: { 'Retry-After': '300' }, extra: { until: 'x' } });
    expect([more.status, more.message, more.errors, more.headers, more.extra]).toEqual([423, 'Locked for 5 minutes', [{ path: 'username', message: 'is locked' }], { 'Retry-After': '300' }, { until: 'x' }]);
  });

  it('name every code the server still spells out by hand, with its catalogued status', () => {
    const found: { file: string; status: number; code: string }[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/new AppError\(\s*(\d{3}),\s*'([a-z_]+)'/g)) found.push({ file: path.relative(SRC, file), status: Number(m[1]), code: m[2] as string });
      // The problem handler's own documents (validation, internal, unavailable…).
      for (const m of text.matchAll(/type: 'about:blank#([a-z_]+)'[^}]*?status: (\d{3})/g)) found.push({ file: path.relative(SRC, file), status: Number(m[2]), code: m[1] as string });
    }
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect({ ...f, status: byCode.get(f.code)?.[0]?.status }, `${f.code} in ${f.file}`).toEqual(f);
  });
});
