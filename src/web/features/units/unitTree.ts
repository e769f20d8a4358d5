import type { Unit } from './types';

export interface UnitNode {
  unit: Unit;
  /** True when the unit is shown only because a matching unit sits beneath it. */
  contextOnly: boolean;
  children: UnitNode[];
}

/**
 * The parent/child structure of `matching`, with each match's ancestors added
 * so a key post never floats free of the department it belongs to.
 */
export function buildUnitTree(all: readonly Unit[], matching: readonly Unit[]): UnitNode[] {
  const byId = new Map(all.map((unit) => [unit.id, unit]));
  const matched = new Set(matching.map((unit) => unit.id));
  const shown = new Set<number>();
  for (const unit of matching) {
    let current: Unit | undefined = unit;
    while (current && !shown.has(current.id)) {
      shown.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  const nodes = new Map<number, UnitNode>();
  for (const unit of all) {
    if (shown.has(unit.id)) nodes.set(unit.id, { unit, contextOnly: !matched.has(unit.id), children: [] });
  }
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
