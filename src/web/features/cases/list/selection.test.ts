import { describe, expect, it } from 'vitest';
import { moveFocus, pageState, shownSelection, toggleOne, togglePage, toggleRange } from './selection';

const ORDER = [11, 12, 13, 14, 15, 16];
const set = (...ids: number[]) => new Set(ids);

describe('selecting cases in the list', () => {
  it('ticks and unticks one case', () => {
    expect([...toggleOne(set(), 12)]).toEqual([12]);
    expect([...toggleOne(set(12), 12)]).toEqual([]);
    expect([...toggleOne(set(12), 12, true)]).toEqual([12]);
  });

  it('shift-click ticks everything from the last case clicked to this one, either way up', () => {
    expect(shownSelection(ORDER, toggleRange(ORDER, set(12), 12, 15))).toEqual([12, 13, 14, 15]);
    expect(shownSelection(ORDER, toggleRange(ORDER, set(15), 15, 12))).toEqual([12, 13, 14, 15]);
  });

  it('shift-click on a ticked case unticks the range, and keeps the rest', () => {
    const all = set(...ORDER);
    expect(shownSelection(ORDER, toggleRange(ORDER, all, 12, 14))).toEqual([11, 15, 16]);
  });

  it('without an anchor still shown, a shift-click ticks only the case clicked', () => {
    expect([...toggleRange(ORDER, set(), null, 13)]).toEqual([13]);
    expect([...toggleRange(ORDER, set(), 99, 13)]).toEqual([13]);
    expect([...toggleRange(ORDER, set(11), 11, 99)]).toEqual([11]);
  });

  it('acts only on the selected cases the list shows, in its order', () => {
    expect(shownSelection(ORDER, set(15, 99, 11))).toEqual([11, 15]);
  });

  it('select-all ticks the shown page, then unticks it, keeping cases not shown', () => {
    expect(pageState(ORDER, set())).toBe('none');
    expect(pageState(ORDER, set(12))).toBe('some');
    const all = togglePage(ORDER, set(12, 99));
    expect(pageState(ORDER, all)).toBe('all');
    expect(all.has(99)).toBe(true);
    expect([...togglePage(ORDER, all)]).toEqual([99]);
    expect(pageState([], set())).toBe('none');
  });
});

describe('moving the focus with j and k', () => {
  it('starts at the first case and stops at the ends', () => {
    expect(moveFocus(ORDER, null, 1)).toBe(11);
    expect(moveFocus(ORDER, null, -1)).toBe(11);
    expect(moveFocus(ORDER, 11, 1)).toBe(12);
    expect(moveFocus(ORDER, 11, -1)).toBe(11);
    expect(moveFocus(ORDER, 16, 1)).toBe(16);
    expect(moveFocus(ORDER, 14, -1)).toBe(13);
  });

  it('starts again at the top when the focused case left the list, and has nowhere to go in an empty one', () => {
    expect(moveFocus(ORDER, 99, 1)).toBe(11);
    expect(moveFocus([], 11, 1)).toBeNull();
  });
});
