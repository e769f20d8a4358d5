import type { z } from 'zod';
import { fieldPath, type FieldError } from '../../core/errors.js';
import { planSchema, type Plan } from './contract.js';

/**
 * A plan's validation reports every error of the file in one pass: the schema's own (wrong types,
 * missing fields, impossible days…) and the cross-field rules, each rule run on whatever parts of
 * the document it needs are well-formed, so one mistake never hides another.
 */

type Seg = string | number;
/** An error while validating: where (the path's segments) and what. */
type Found = { at: Seg[]; message: string };

// The fields the cross-field rules read, each parsed with the plan schema's own schema for it.
const S = planSchema.shape;
const field = {
  categoryCode: S.problemCategories.element.shape.code,
  phase: S.phases.element.shape,
  project: S.projects.unwrap().element.shape,
  panelCode: S.measures.shape.evaluationPanels.unwrap().element.shape.code,
  lineCode: S.measures.shape.hotlineLines.unwrap().element.shape.code,
  selfInspectionPhase: S.measures.shape.selfInspection.unwrap().shape.phase,
  unit: S.units.element.shape,
  alias: S.units.element.shape.aliases.unwrap().element,
};

type Loose = Record<string, unknown>;
const asObject = (v: unknown): Loose | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : undefined);
const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
/** The value as its field's schema reads it, or undefined when it is absent or malformed (the schema reports that). */
function read<T>(schema: z.ZodType<T>, v: unknown): T | undefined {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
}

/** The parts of a plan document the cross-field rules need; a part that does not parse is undefined. */
type Parts = {
  categories: { code?: string }[] | undefined;
  phases: ({ code?: string; start?: string; end?: string } | undefined)[] | undefined;
  projects: { number?: number; unit?: string }[] | undefined;
  panels: { code?: string }[] | undefined;
  lines: { code?: string }[] | undefined;
  selfInspectionPhase: string | undefined;
  units: { name?: string; aliases: (string | undefined)[]; kind?: string; parent?: string; parentGiven: boolean }[] | undefined;
};

function partsOf(doc: unknown): Parts {
  const d = asObject(doc) ?? {};
  const m = asObject(d.measures) ?? {};
  const list = <T>(v: unknown, each: (o: Loose) => T): T[] | undefined => asArray(v)?.map((x) => each(asObject(x) ?? {}));
  return {
    categories: list(d.problemCategories, (c) => ({ code: read(field.categoryCode, c.code) })),
    phases: asArray(d.phases)?.map((x) => {
      const p = asObject(x);
      return p && { code: read(field.phase.code, p.code), start: read(field.phase.start, p.start), end: read(field.phase.end, p.end) };
    }),
    projects: list(d.projects, (p) => ({ number: read(field.project.number, p.number), unit: read(field.project.unit, p.unit) })),
    panels: list(m.evaluationPanels, (p) => ({ code: read(field.panelCode, p.code) })),
    lines: list(m.hotlineLines, (p) => ({ code: read(field.lineCode, p.code) })),
    selfInspectionPhase: read(field.selfInspectionPhase, asObject(m.selfInspection)?.phase),
    units: list(d.units, (u) => ({
      name: read(field.unit.name, u.name),
      aliases: (asArray(u.aliases) ?? []).map((a) => read(field.alias, a)),
      kind: read(field.unit.kind, u.kind),
      parent: read(field.unit.parent, u.parent),
      parentGiven: u.parent !== undefined,
    })),
  };
}

function duplicates<T>(items: T[] | undefined, key: (t: T) => string | undefined, at: (i: number) => Seg[], what: string): Found[] {
  const seen = new Map<string, number>();
  const errors: Found[] = [];
  items?.forEach((item, i) => {
    const k = key(item);
    if (k === undefined) return;
    const first = seen.get(k);
    if (first !== undefined) errors.push({ at: at(i), message: `duplicate ${what} "${k}" (first at index ${first})` });
    else seen.set(k, i);
  });
  return errors;
}

/**
 * Cross-field rules a plan must satisfy beyond its shape, on whatever parts of the document are
 * well-formed: a rule whose fields did not parse is left to the schema's errors.
 */
function crossChecks(doc: unknown): Found[] {
  const plan = partsOf(doc);
  const errors: Found[] = [
    ...duplicates(plan.categories, (c) => c.code, (i) => ['problemCategories', i, 'code'], 'code'),
    ...duplicates(plan.phases, (p) => p?.code, (i) => ['phases', i, 'code'], 'code'),
    ...duplicates(plan.projects, (p) => (p.number === undefined ? undefined : String(p.number)), (i) => ['projects', i, 'number'], 'number'),
    ...duplicates(plan.panels, (p) => p.code, (i) => ['measures', 'evaluationPanels', i, 'code'], 'code'),
    ...duplicates(plan.lines, (p) => p.code, (i) => ['measures', 'hotlineLines', i, 'code'], 'code'),
  ];

  plan.phases?.forEach((p, i) => {
    if (!p) return;
    if (p.start !== undefined && p.end !== undefined && p.start > p.end) errors.push({ at: ['phases', i, 'end'], message: `is before start ${p.start}` });
    const prev = plan.phases?.[i - 1];
    if (prev?.end !== undefined && p.start !== undefined && p.start <= prev.end) {
      const name = prev.code !== undefined ? `phase "${prev.code}"` : `phases[${i - 1}]`;
      errors.push({ at: ['phases', i, 'start'], message: `overlaps ${name} ending ${prev.end}` });
    }
  });
  const phaseRef = plan.selfInspectionPhase;
  if (phaseRef && plan.phases && !plan.phases.some((p) => p?.code === phaseRef)) {
    errors.push({ at: ['measures', 'selfInspection', 'phase'], message: `no phase with code "${phaseRef}"` });
  }

  // Every name and alias must point at exactly one unit. A name that does not parse names no unit
  // (and no well-formed reference could name it), so the references below stay right without it.
  if (!plan.units) return errors;
  const units = plan.units;
  const byName = new Map<string, number>();
  units.forEach((u, i) => {
    for (const [j, n] of [u.name, ...u.aliases].entries()) {
      if (n === undefined) continue;
      const at = j === 0 ? ['units', i, 'name'] : ['units', i, 'aliases', j - 1];
      const other = byName.get(n);
      if (other !== undefined && other !== i) errors.push({ at, message: `"${n}" already names units[${other}]` });
      else byName.set(n, i);
    }
  });
  units.forEach((u, i) => {
    if (!u.parentGiven) {
      if (u.kind === 'key_post') errors.push({ at: ['units', i, 'parent'], message: 'is required for a key post' });
      return;
    }
    if (u.parent === undefined) return;
    const parent = byName.get(u.parent);
    if (parent === undefined) errors.push({ at: ['units', i, 'parent'], message: `no unit named "${u.parent}"` });
    else if (parent === i) errors.push({ at: ['units', i, 'parent'], message: 'a unit cannot be its own parent' });
  });
  units.forEach((_, start) => {
    const seen = new Set<number>([start]);
    let at = units[start]?.parent;
    while (at !== undefined) {
      const idx = byName.get(at);
      if (idx === undefined) return;
      if (seen.has(idx)) {
        if (idx === start) errors.push({ at: ['units', start, 'parent'], message: 'the parent chain loops back to this unit' });
        return;
      }
      seen.add(idx);
      at = units[idx]?.parent;
    }
  });
  plan.projects?.forEach((p, i) => {
    if (p.unit !== undefined && !byName.has(p.unit)) errors.push({ at: ['projects', i, 'unit'], message: `no unit named "${p.unit}"` });
  });
  return errors;
}

/** The schema's errors, each named by its field: an unknown field by its own path, a missing one as required. */
function schemaErrors(doc: unknown, issues: z.core.$ZodIssue[]): Found[] {
  return issues.flatMap((i): Found[] => {
    const at = i.path.filter((s): s is Seg => typeof s === 'string' || typeof s === 'number');
    if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ at: [...at, k], message: 'is not a field of the plan format' }));
    if (i.code === 'invalid_type' && at.length > 0 && !has(doc, at)) return [{ at, message: 'is required' }];
    return [{ at, message: i.message }];
  });
}

/** Whether the document has a value at the path. */
function has(doc: unknown, at: Seg[]): boolean {
  let v = doc;
  for (const seg of at) {
    const o = asObject(v) ?? asArray(v);
    if (!o || !Object.prototype.hasOwnProperty.call(o, seg) || (o as Loose)[seg] === undefined) return false;
    v = (o as Loose)[seg];
  }
  return true;
}

/** Where a path lies in the document, as a sort key: each segment's position among its siblings; a missing field after them. */
function positionOf(doc: unknown, at: Seg[]): number[] {
  const out: number[] = [];
  let v = doc;
  for (const seg of at) {
    const list = asArray(v);
    const o = asObject(v);
    if (list && typeof seg === 'number') {
      out.push(seg);
      v = list[seg];
    } else if (o) {
      const keys = Object.keys(o);
      const k = keys.indexOf(String(seg));
      out.push(k < 0 ? keys.length : k);
      v = k < 0 ? undefined : o[seg];
    } else {
      out.push(0);
      v = undefined;
    }
  }
  return out;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/** In document order (a field's errors: the schema's first, then the cross-field rules'), as people write paths. */
function inDocumentOrder(doc: unknown, found: Found[]): FieldError[] {
  return found
    .map((f) => ({ f, pos: positionOf(doc, f.at) }))
    .sort((a, b) => compare(a.pos, b.pos))
    .map(({ f }) => ({ path: fieldPath(f.at) || '(root)', message: f.message }));
}

/** Cross-field rules a plan must satisfy beyond its shape (on a whole plan or any part of one), in document order. */
export function crossCheck(doc: unknown): FieldError[] {
  return inDocumentOrder(doc, crossChecks(doc));
}

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; errors: FieldError[] };

/**
 * Validates a whole plan document and reports every error in one answer, in document order: the
 * schema's and the cross-field rules' (run on the parts that are well-formed); all name their field.
 */
export function validatePlan(input: unknown): PlanValidation {
  const parsed = planSchema.safeParse(input);
  const found = [...(parsed.success ? [] : schemaErrors(input, parsed.error.issues)), ...crossChecks(input)];
  if (found.length > 0 || !parsed.success) {
    return { ok: false, errors: found.length > 0 ? inDocumentOrder(input, found) : [{ path: '(root)', message: 'is not a valid plan' }] };
  }
  return { ok: true, plan: parsed.data };
}
