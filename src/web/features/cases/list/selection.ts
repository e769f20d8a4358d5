// The list's selection and keyboard focus, as pure functions of the ids shown (in their order):
// the page keeps the state, these say what a click, a shift-click or a key makes of it.

/** The selected ids that are shown, in the list's order: only these are acted on. */
export function shownSelection(order: readonly number[], selected: ReadonlySet<number>): number[] {
  return order.filter((id) => selected.has(id));
}

/** The ids with one of them ticked or unticked. */
export function toggleOne(selected: ReadonlySet<number>, id: number, on = !selected.has(id)): Set<number> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * A shift-click (or shift+x): every case from the anchor (the last one clicked) to the target,
 * both included, takes the state the target is given. Without an anchor still shown, only the
 * target changes.
 */
export function toggleRange(order: readonly number[], selected: ReadonlySet<number>, anchor: number | null, target: number, on = !selected.has(target)): Set<number> {
  const to = order.indexOf(target);
  const from = anchor === null ? -1 : order.indexOf(anchor);
  if (to === -1) return new Set(selected);
  if (from === -1) return toggleOne(selected, target, on);
  const next = new Set(selected);
  for (const id of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The state of the select-all box: every shown case ticked, some, or none. */
export function pageState(order: readonly number[], selected: ReadonlySet<number>): 'all' | 'some' | 'none' {
  const ticked = order.filter((id) => selected.has(id)).length;
  if (ticked === 0) return 'none';
  return ticked === order.length ? 'all' : 'some';
}

/** The select-all box clicked: all shown cases ticked, or, when they all were, none. Ticks of cases not shown are kept. */
export function togglePage(order: readonly number[], selected: ReadonlySet<number>): Set<number> {
  const next = new Set(selected);
  const all = pageState(order, selected) === 'all';
  for (const id of order) {
    if (all) next.delete(id);
    else next.add(id);
  }
  return next;
}

/**
 * The case the focus moves to with j/k (delta +1/−1): the next or previous one, stopping at the
 * ends. With no focus yet (or the focused case gone from the list), the first case.
 */
export function moveFocus(order: readonly number[], focus: number | null, delta: number): number | null {
  if (order.length === 0) return null;
  const at = focus === null ? -1 : order.indexOf(focus);
  if (at === -1) return order[0] ?? null;
  return order[Math.min(order.length - 1, Math.max(0, at + delta))] ?? null;
}
