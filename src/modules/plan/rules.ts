import { fieldPath, type FieldError } from '../../core/errors.js';
import { planSchema, type Plan } from './contract.js';

function duplicates<T>(items: T[], key: (t: T) => string, path: (i: number) => string, what: string): FieldError[] {
  const seen = new Map<string, number>();
  const errors: FieldError[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) errors.push({ path: path(i), message: `duplicate ${what} "${k}" (first at index ${first})` });
    else seen.set(k, i);
  });
  return errors;
}

/** Cross-field rules a plan must satisfy beyond its shape. */
export function crossCheck(plan: Plan): FieldError[] {
  const errors: FieldError[] = [
    ...duplicates(plan.problemCategories, (c) => c.code, (i) => `problemCategories[${i}].code`, 'code'),
    ...duplicates(plan.phases, (p) => p.code, (i) => `phases[${i}].code`, 'code'),
    ...duplicates(plan.projects, (p) => String(p.number), (i) => `projects[${i}].number`, 'number'),
    ...duplicates(plan.measures.evaluationPanels, (p) => p.code, (i) => `measures.evaluationPanels[${i}].code`, 'code'),
    ...duplicates(plan.measures.hotlineLines, (p) => p.code, (i) => `measures.hotlineLines[${i}].code`, 'code'),
  ];

  plan.phases.forEach((p, i) => {
    if (p.start > p.end) errors.push({ path: `phases[${i}].end`, message: `is before start ${p.start}` });
    const prev = plan.phases[i - 1];
    if (prev && p.start <= prev.end) errors.push({ path: `phases[${i}].start`, message: `overlaps phase "${prev.code}" ending ${prev.end}` });
  });
  const phaseRef = plan.measures.selfInspection?.phase;
  if (phaseRef && !plan.phases.some((p) => p.code === phaseRef)) {
    errors.push({ path: 'measures.selfInspection.phase', message: `no phase with code "${phaseRef}"` });
  }

  // Every name and alias must point at exactly one unit.
  const byName = new Map<string, number>();
  plan.units.forEach((u, i) => {
    for (const [j, n] of [u.name, ...u.aliases].entries()) {
      const other = byName.get(n);
      const path = j === 0 ? `units[${i}].name` : `units[${i}].aliases[${j - 1}]`;
      if (other !== undefined && other !== i) errors.push({ path, message: `"${n}" already names units[${other}]` });
      else byName.set(n, i);
    }
  });
  plan.units.forEach((u, i) => {
    if (u.parent === undefined) {
      if (u.kind === 'key_post') errors.push({ path: `units[${i}].parent`, message: 'is required for a key post' });
      return;
    }
    const parent = byName.get(u.parent);
    if (parent === undefined) errors.push({ path: `units[${i}].parent`, message: `no unit named "${u.parent}"` });
    else if (parent === i) errors.push({ path: `units[${i}].parent`, message: 'a unit cannot be its own parent' });
  });
  errors.push(...parentCycles(plan, byName));
  plan.projects.forEach((p, i) => {
    if (p.unit !== undefined && !byName.has(p.unit)) errors.push({ path: `projects[${i}].unit`, message: `no unit named "${p.unit}"` });
  });
  return errors;
}

function parentCycles(plan: Plan, byName: Map<string, number>): FieldError[] {
  const errors: FieldError[] = [];
  plan.units.forEach((_, start) => {
    const seen = new Set<number>([start]);
    let at = plan.units[start]?.parent;
    while (at !== undefined) {
      const idx = byName.get(at);
      if (idx === undefined) return;
      if (seen.has(idx)) {
        if (idx === start) errors.push({ path: `units[${start}].parent`, message: 'the parent chain loops back to this unit' });
        return;
      }
      seen.add(idx);
      at = plan.units[idx]?.parent;
    }
  });
  return errors;
}

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; errors: FieldError[] };

/** Validates a whole plan document: shape first, then the cross-references; all errors name their field. */
export function validatePlan(input: unknown): PlanValidation {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: fieldPath(i.path as (string | number)[]) || '(root)', message: i.message })),
    };
  }
  const errors = crossCheck(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, plan: parsed.data };
}
