import type { NewUnit, Unit, UnitChange, UnitKind } from './types';

/** What the registry's unit form holds. */
export interface UnitFormValues {
  name: string;
  kind: UnitKind;
  parentId: number | null;
  aliases: string[];
  note: string;
  /** Asked for only when the name changes. */
  reason?: string;
}

export const UNIT_FORM_FIELDS = ['name', 'kind', 'parentId', 'aliases', 'note', 'reason'] as const;

/** The aliases as typed, trimmed, without blanks, repeats or the name itself. */
export function cleanAliases(aliases: readonly string[] | undefined, name: string): string[] {
  const seen = new Set<string>([name.trim()]);
  const out: string[] = [];
  for (const alias of aliases ?? []) {
    const a = alias.trim();
    if (a === '' || seen.has(a)) continue;
    seen.add(a);
    out.push(a);
  }
  return out;
}

const noteOf = (note: string | undefined): string | null => (note?.trim() ? note.trim() : null);

/** The form's values for a unit being edited. */
export function formValuesOf(unit: Unit): UnitFormValues {
  return { name: unit.name, kind: unit.kind as UnitKind, parentId: unit.parentId, aliases: unit.aliases, note: unit.note ?? '' };
}

export function newUnitOf(values: UnitFormValues): NewUnit {
  const name = values.name.trim();
  return { name, kind: values.kind, parentId: values.parentId ?? null, aliases: cleanAliases(values.aliases, name), note: noteOf(values.note) };
}

/** Only what changed (null when nothing did); a new name carries its reason. */
export function unitChangeOf(unit: Unit, values: UnitFormValues): UnitChange | null {
  const name = values.name.trim();
  const aliases = cleanAliases(values.aliases, name);
  const note = noteOf(values.note);
  const parentId = values.parentId ?? null;
  const change: UnitChange = {
    ...(name !== unit.name ? { name, reason: values.reason?.trim() ?? '' } : {}),
    ...(values.kind !== unit.kind ? { kind: values.kind } : {}),
    ...(parentId !== unit.parentId ? { parentId } : {}),
    ...(aliases.join('\u0000') !== unit.aliases.join('\u0000') ? { aliases } : {}),
    ...(note !== unit.note ? { note } : {}),
  };
  return Object.keys(change).length > 0 ? change : null;
}
