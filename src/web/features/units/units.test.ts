import { describe, expect, it } from 'vitest';
import { filterUnits, type UnitFilter } from './filterUnits';
import { monitoredSummary } from './monitoredSummary';
import type { Unit, UnitKind } from './types';
import { cleanAliases, newUnitOf, unitChangeOf, formValuesOf } from './unitChange';
import { buildUnitTree, selfAndDescendants } from './unitTree';

function unit(id: number, kind: UnitKind, monitored: boolean, parentId: number | null = null, aliases: string[] = [], retiredAt: string | null = null): Unit {
  return { id, name: `单位${id}`, kind, monitored, parentId, aliases, note: null, mergedIntoId: null, retiredAt };
}

const UNITS = [
  unit(1, 'department', true, null, ['市建委']),
  unit(2, 'department', false),
  unit(3, 'key_post', true, 2),
  unit(4, 'window', true),
  unit(5, 'key_post', true, 1),
  unit(6, 'window', true, null, [], '2012-03-01T00:00:00.000Z'),
];
const ANY: UnitFilter = { q: '', kind: null, monitoredOnly: false, state: 'all' };

describe('filterUnits', () => {
  it('matches aliases as well as names', () => {
    expect(filterUnits(UNITS, { ...ANY, q: '建委' }).map((u) => u.id)).toEqual([1]);
  });

  it('combines kind and monitored filters', () => {
    expect(filterUnits(UNITS, { ...ANY, kind: 'key_post', monitoredOnly: true }).map((u) => u.id)).toEqual([3, 5]);
    expect(filterUnits(UNITS, { ...ANY, kind: 'department', monitoredOnly: true }).map((u) => u.id)).toEqual([1]);
  });

  it('shows retired units with the others, or apart', () => {
    expect(filterUnits(UNITS, ANY).map((u) => u.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(filterUnits(UNITS, { ...ANY, state: 'live' }).map((u) => u.id)).toEqual([1, 2, 3, 4, 5]);
    expect(filterUnits(UNITS, { ...ANY, state: 'retired' }).map((u) => u.id)).toEqual([6]);
  });
});

describe('monitoredSummary', () => {
  it('counts monitored units by kind in registry order, retired ones not', () => {
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
    const tree = buildUnitTree(UNITS, filterUnits(UNITS, { ...ANY, kind: 'key_post' }));
    expect(tree.map((n) => [n.unit.id, n.contextOnly, n.children.map((c) => c.unit.id)])).toEqual([
      [1, true, [5]],
      [2, true, [3]],
    ]);
  });
});

describe('selfAndDescendants', () => {
  const TREE = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 2 },
    { id: 4, parentId: 3 },
    { id: 5, parentId: 1 },
    { id: 6, parentId: null },
  ];

  it('names the unit and everything below it, however deep, and nothing else', () => {
    expect([...selfAndDescendants(TREE, 2)].sort()).toEqual([2, 3, 4]);
    expect([...selfAndDescendants(TREE, 1)].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...selfAndDescendants(TREE, 6)]).toEqual([6]);
  });

  it('does not hang on a loop in the data', () => {
    expect([...selfAndDescendants([{ id: 1, parentId: 2 }, { id: 2, parentId: 1 }], 1)].sort()).toEqual([1, 2]);
  });
});

describe('the unit form', () => {
  const edited: Unit = { ...unit(7, 'department', false, 1, ['环保局']), name: '市环保局', note: '旧备注' };

  it('cleans aliases: trimmed, no blanks, no repeats, not the name itself', () => {
    expect(cleanAliases([' 环保局 ', '', '环保局', '市环保局', '环境局'], '市环保局')).toEqual(['环保局', '环境局']);
  });

  it('sends a new unit with a null note when none was written', () => {
    expect(newUnitOf({ name: ' 固废处 ', kind: 'key_post', parentId: 3, aliases: ['固废'], note: '  ' })).toEqual({ name: '固废处', kind: 'key_post', parentId: 3, aliases: ['固废'], note: null });
  });

  it('sends only what changed, a new name with its reason', () => {
    expect(unitChangeOf(edited, formValuesOf(edited))).toBeNull();
    expect(unitChangeOf(edited, { ...formValuesOf(edited), name: '市生态环境局', reason: ' 机构改革 ', aliases: ['环保局', '市环保局'] })).toEqual({
      name: '市生态环境局',
      reason: '机构改革',
      aliases: ['环保局', '市环保局'],
    });
    expect(unitChangeOf(edited, { ...formValuesOf(edited), parentId: null, note: '' })).toEqual({ parentId: null, note: null });
    expect(unitChangeOf(edited, { ...formValuesOf(edited), kind: 'other' })).toEqual({ kind: 'other' });
  });
});
