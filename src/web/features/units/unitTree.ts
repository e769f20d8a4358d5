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

/**
 * The unit and every unit below it, however deep: the places it cannot be moved under (that would
 * make a cycle). A loop in the data (which the server refuses) does not hang it.
 */
export function selfAndDescendants(all: readonly Pick<Unit, 'id' | 'parentId'>[], id: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const unit of all) {
    if (unit.parentId === null) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const found = new Set<number>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of children.get(next) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}
