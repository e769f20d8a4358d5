import { describe, expect, it } from 'vitest';
import { filterUnits } from './filterUnits';
import { monitoredSummary } from './monitoredSummary';
import type { Unit, UnitKind } from './types';
import { buildUnitTree } from './unitTree';

function unit(id: number, kind: UnitKind, monitored: boolean, parentId: number | null = null, aliases: string[] = []): Unit {
  return { id, name: `单位${id}`, kind, monitored, parentId, aliases, note: null };
}

const UNITS = [
  unit(1, 'department', true, null, ['市建委']),
  unit(2, 'department', false),
  unit(3, 'key_post', true, 2),
  unit(4, 'window', true),
  unit(5, 'key_post', true, 1),
];

describe('filterUnits', () => {
  it('matches aliases as well as names', () => {
    expect(filterUnits(UNITS, { q: '建委', kind: null, monitoredOnly: false }).map((u) => u.id)).toEqual([1]);
  });

  it('combines kind and monitored filters', () => {
    expect(filterUnits(UNITS, { q: '', kind: 'key_post', monitoredOnly: true }).map((u) => u.id)).toEqual([3, 5]);
    expect(filterUnits(UNITS, { q: '', kind: 'department', monitoredOnly: true }).map((u) => u.id)).toEqual([1]);
  });
});

describe('monitoredSummary', () => {
  it('counts monitored units by kind in registry order', () => {
    expect(monitoredSummary(UNITS)).toEqual({
      total: 4,
      byKind: [
        { kind: 'department', count: 1 },
        { kind: 'window', count: 1 },
        { kind: 'key_post', count: 2 },
      ],
    });
  });
});

describe('buildUnitTree', () => {
  it('keeps a matching child under its non-matching parent', () => {
    const tree = buildUnitTree(UNITS, filterUnits(UNITS, { q: '', kind: 'key_post', monitoredOnly: false }));
    expect(tree.map((n) => [n.unit.id, n.contextOnly, n.children.map((c) => c.unit.id)])).toEqual([
      [1, true, [5]],
      [2, true, [3]],
    ]);
  });
});
