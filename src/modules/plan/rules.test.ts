import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlan } from './rules.js';

const harbin = () => JSON.parse(readFileSync('plans/harbin-2011.json', 'utf8'));

describe('plan validation', () => {
  it('accepts the 2011 Harbin plan: 8 problems, 91 monitored units, 50 projects, 4 phases', () => {
    const r = validatePlan(harbin());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const monitored = r.plan.units.filter((u) => u.monitored);
    const count = (k: string) => monitored.filter((u) => u.kind === k).length;
    expect(r.plan.problemCategories).toHaveLength(8);
    expect([monitored.length, count('department'), count('window'), count('key_post')]).toEqual([91, 23, 16, 52]);
    expect(r.plan.projects).toHaveLength(50);
    expect(r.plan.phases.map((p) => [p.start, p.end])).toEqual([
      ['2011-01-01', '2011-02-28'],
      ['2011-03-01', '2011-09-30'],
      ['2011-10-01', '2011-10-31'],
      ['2011-11-01', '2011-12-31'],
    ]);
    expect(r.plan.measures.evaluationPanels.map((p) => [p.code, p.size, p.frequency])).toEqual([
      ['enterprise', 100, 'quarterly'],
      ['foreign_investor', 100, 'quarterly'],
      ['deputy', 100, 'quarterly'],
    ]);
  });

  const errorsOf = (mutate: (p: ReturnType<typeof harbin>) => void) => {
    const p = harbin();
    mutate(p);
    const r = validatePlan(p);
    return r.ok ? [] : r.errors;
  };

  it('names a parent that does not exist', () => {
    expect(errorsOf((p) => (p.units[12].parent = '无此局'))).toContainEqual({ path: 'units[12].parent', message: 'no unit named "无此局"' });
  });

  it('requires a parent for every key post', () => {
    expect(errorsOf((p) => delete p.units[100].parent)).toContainEqual({ path: 'units[100].parent', message: 'is required for a key post' });
  });

  it('finds parent cycles', () => {
    const errors = errorsOf((p) => {
      p.units[0].parent = '市发改委能源处';
    });
    expect(errors.map((e) => e.path)).toContain('units[0].parent');
  });

  it('finds duplicates and overlapping phases', () => {
    const errors = errorsOf((p) => {
      p.problemCategories[1].code = 'execution';
      p.phases[2].start = '2011-09-15';
      p.projects[3].number = 1;
      p.units[5].name = '市发改委';
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['problemCategories[1].code', 'phases[2].start', 'projects[3].number', 'units[5].name']),
    );
  });

  it('names shape errors by path, and refuses unknown fields', () => {
    const errors = errorsOf((p) => {
      p.campaign.year = '2011';
      p.units[3].kind = 'ministry';
      p.measures.evaluationPanels[0].size = -1;
      p.surprise = true;
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['campaign.year', 'units[3].kind', 'measures.evaluationPanels[0].size', '(root)']),
    );
  });

  it('takes a different campaign shape: six categories, two phases, no panels', () => {
    const r = validatePlan({
      schemaVersion: 1,
      campaign: { code: 'daoli-2027', name: '道里区2027年作风建设', city: '哈尔滨市道里区', year: 2027 },
      problemCategories: Array.from({ length: 6 }, (_, i) => ({ code: `p${i}`, name: `问题${i}`, description: '描述' })),
      phases: [
        { code: 'a', name: '一', start: '2027-01-01', end: '2027-06-30', description: 'x' },
        { code: 'b', name: '二', start: '2027-07-01', end: '2027-12-31', description: 'y' },
      ],
      organisation: { leadingGroup: { name: '领导小组', members: [] }, office: { name: '办公室', members: [] } },
      measures: {},
      units: [{ name: '道里区行政服务中心', kind: 'window', monitored: true }],
    });
    expect(r.ok).toBe(true);
  });
});
