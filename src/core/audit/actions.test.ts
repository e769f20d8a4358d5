import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS as CASE_STEPS } from '../../modules/cases/contract.js';
import { ACTION_CODE, AUDIT_ACTIONS, AUDIT_AREA_NAMES, AUDIT_AREAS, AUDIT_OBJECT_TYPES } from './actions.js';

const SRC = path.resolve(import.meta.dirname, '../..');

/** Every .ts file of src/ but the tests (which write made-up rows of their own). */
function sources(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

type Found = { code: string; where: string };

/**
 * What the source writes: `action: 'area.name'`, `action: cond ? 'a.b' : 'c.d'`, and the
 * templates `action: \`area.${…}\`` (their prefixes; the test below knows what each expands to).
 */
function written(): { literals: Found[]; templates: Found[]; objectTypes: Found[] } {
  const literals: Found[] = [];
  const templates: Found[] = [];
  const objectTypes: Found[] = [];
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(SRC, file);
    for (const m of text.matchAll(/action:\s*'([a-z_0-9]+\.[a-z_0-9.]+)'/g)) literals.push({ code: m[1]!, where });
    for (const m of text.matchAll(/action:\s*[^,'`{}\n]+\?\s*'([a-z_0-9]+\.[a-z_0-9.]+)'\s*:\s*'([a-z_0-9]+\.[a-z_0-9.]+)'/g)) {
      literals.push({ code: m[1]!, where }, { code: m[2]!, where });
    }
    for (const m of text.matchAll(/action:\s*`([a-z_0-9]+)\.\$\{/g)) templates.push({ code: m[1]!, where });
    // The intake writes its audit row in SQL: `'case.create', 'case', c.id::text`.
    for (const m of text.matchAll(/insert into audit_log[^;]*?select[^;]*?'([a-z_0-9]+\.[a-z_0-9]+)',\s*'([a-z_]+)'/g)) {
      literals.push({ code: m[1]!, where });
      objectTypes.push({ code: m[2]!, where });
    }
    // Only in calls that write an audit row: an object with an action beside the type.
    for (const m of text.matchAll(/action:[^\n]*?objectType:\s*'([a-z_]+)'/g)) objectTypes.push({ code: m[1]!, where });
    for (const m of text.matchAll(/action:[^\n]*\n\s*objectType:\s*'([a-z_]+)'/g)) objectTypes.push({ code: m[1]!, where });
  }
  return { literals, templates, objectTypes };
}

/** What each template of the source expands to. */
const TEMPLATES: Record<string, readonly string[]> = {
  // cases/steps.ts: one per step of the state machine.
  case: CASE_STEPS,
  // units/store.ts: the kinds of change to a unit's row (and its retirement and return).
  unit: ['renamed', 'reparented', 'updated', 'retired', 'restored'],
};

describe('the catalogue of audit actions', () => {
  const catalogue = new Set<string>(AUDIT_ACTIONS);
  const found = written();

  it('finds what the server writes (the scan itself works)', () => {
    expect(found.literals.length).toBeGreaterThan(50);
    expect(found.literals.map((f) => f.code)).toEqual(expect.arrayContaining(['case.reporter_view', 'plan.reimport', 'campaign.close', 'evaluation.comment_withhold', 'case.create']));
    expect(found.templates.map((f) => f.code)).toEqual(expect.arrayContaining(['case', 'unit']));
  });

  it('names every action code written in the source', () => {
    const missing = found.literals.filter((f) => !catalogue.has(f.code)).map((f) => `${f.code} (${f.where})`);
    expect(missing, 'add these to src/core/audit/actions.ts and give them words in src/web/i18n/*/audit.ts').toEqual([]);
  });

  it('names every code a template in the source expands to', () => {
    const unknown = found.templates.filter((f) => !TEMPLATES[f.code]).map((f) => `${f.code}.\${…} (${f.where})`);
    expect(unknown, 'a new dynamic action: list what it expands to in this test and in the catalogue').toEqual([]);
    const missing = Object.entries(TEMPLATES).flatMap(([area, names]) => names.map((n) => `${area}.${n}`)).filter((code) => !catalogue.has(code));
    expect(missing).toEqual([]);
  });

  it('names every object type written in the source', () => {
    const types = new Set<string>(AUDIT_OBJECT_TYPES);
    expect(found.objectTypes.length).toBeGreaterThan(20);
    expect(found.objectTypes.filter((f) => !types.has(f.code)).map((f) => `${f.code} (${f.where})`)).toEqual([]);
  });

  it('keeps each code well formed, once, in the area its prefix names', () => {
    expect(AUDIT_ACTIONS.filter((code) => !ACTION_CODE.test(code))).toEqual([]);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const area of AUDIT_AREA_NAMES) expect((AUDIT_AREAS[area] as readonly string[]).filter((code) => !code.startsWith(`${area}.`))).toEqual([]);
    expect(new Set(AUDIT_OBJECT_TYPES).size).toBe(AUDIT_OBJECT_TYPES.length);
  });
});
