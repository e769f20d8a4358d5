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
      expect.arrayContaining(['campaign.year', 'units[3].kind', 'measures.evaluationPanels[0].size', 'surprise']),
    );
    expect(errors).toContainEqual({ path: 'surprise', message: 'is not a field of the plan format' });
  });

  it('reports every mistake of a file in one answer, each named by its path, in document order', () => {
    const errors = errorsOf((p) => {
      p.campaign.year = '2011'; // a wrong type
      delete p.problemCategories[2].name; // a missing field
      p.phases[1].end = '2013-02-30'; // an impossible day
      p.phases[3].start = '2011-10-15'; // overlaps the phase before it
      p.units[12].parent = '无此局'; // a parent that does not exist
      p.projects[4].unit = '无此单位'; // a project's unit that does not exist
    });
    expect(errors).toEqual([
      { path: 'campaign.year', message: 'Invalid input: expected number, received string' },
      { path: 'problemCategories[2].name', message: 'is required' },
      { path: 'phases[1].end', message: 'must be a real day, YYYY-MM-DD' },
      { path: 'phases[3].start', message: 'overlaps phase "consolidation" ending 2011-10-31' },
      { path: 'units[12].parent', message: 'no unit named "无此局"' },
      { path: 'projects[4].unit', message: 'no unit named "无此单位"' },
    ]);
  });

  it('runs the cross-field rules on the well-formed parts only: a broken field adds no false errors', () => {
    const errors = errorsOf((p) => {
      p.units[3].kind = 'ministry'; // the unit still names itself: its children find it
      p.phases[1].end = 2011; // no overlap is judged against an end that is not a day
      p.units[100].parent = 7; // a wrong parent is a type error, not a missing one
    });
    expect(errors.map((e) => e.path)).toEqual(['phases[1].end', 'units[3].kind', 'units[100].parent']);
  });

  it('refuses days that do not exist or lie outside 1950–2099, naming the field', () => {
    for (const [d, ok] of [
      ['2013-02-30', false],
      ['2011-13-01', false],
      ['2011-04-31', false],
      ['2011-02-29', false],
      ['2011-1-01', false],
      ['1949-12-31', false],
      ['2100-01-01', false],
      ['2011-01-01', true],
    ] as const) {
      const errors = errorsOf((p) => (p.phases[0].start = d));
      if (ok) expect(errors).toEqual([]);
      else expect(errors.map((e) => e.path), d).toEqual(['phases[0].start']);
    }
    const leap = errorsOf((p) => {
      p.campaign.year = 2012;
      p.phases = [{ ...p.phases[0], start: '2012-01-01', end: '2012-02-29' }];
    });
    expect(leap).toEqual([]);
  });

  it('refuses a document that is not a plan at all without throwing', () => {
    for (const doc of [null, 'plan', [], 42]) {
      const r = validatePlan(doc);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.path).toBe('(root)');
    }
    const r = validatePlan({ schemaVersion: 1, phases: 'soon', units: [{ name: 1 }, null] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['phases', 'units[0].name', 'units[1]', 'campaign']));
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

  it('lets a plan be silent: no organisation, undescribed phases, no accountability outcomes, nothing invented', () => {
    const r = validatePlan({
      schemaVersion: 1,
      campaign: { code: 'quiet-2027', name: '某县2027年作风建设', city: '某县', year: 2027 },
      problemCategories: [{ code: 'slow', name: '办事慢', description: '办事拖拉。' }],
      phases: [{ code: 'only', name: '全年', start: '2027-01-01', end: '2027-12-31' }],
      measures: {},
      units: [{ name: '县政务服务中心', kind: 'window', monitored: true }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.organisation).toEqual({});
    expect(r.plan.phases[0]?.description).toBeUndefined();
    expect(r.plan.measures.accountabilityOutcomes).toEqual([]);
    expect(r.plan.measures.inspections).toBeUndefined();
  });

  it('gives each inspection kind its own rhythm, reads the older single-rhythm form, and refuses inspections of no kind', () => {
    const covertOnly = errorsOf((p) => (p.measures.inspections = { covert: { frequency: 'monthly' }, teamComposition: [] }));
    expect(covertOnly).toEqual([]);
    const older = harbin();
    older.measures.inspections = { frequency: 'half_yearly', lead: '市监察局', covertVisits: true, teamComposition: ['记者'] };
    const r = validatePlan(older);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.measures.inspections).toEqual({ open: { frequency: 'half_yearly', lead: '市监察局' }, covert: { frequency: 'half_yearly' }, teamComposition: ['记者'] });
    expect(errorsOf((p) => (p.measures.inspections = { teamComposition: [] }))).toEqual([
      { path: 'measures.inspections', message: 'must name open or covert inspections (or leave inspections out)' },
    ]);
    expect(errorsOf((p) => (p.measures.inspections = { covert: { frequency: 'fortnightly' } }))[0]?.path).toBe('measures.inspections.covert.frequency');
  });

  it('names complaint boxes as places, and takes a short name for the campaign and its office and a case prefix', () => {
    const r = validatePlan({
      ...harbin(),
      measures: { ...harbin().measures, complaintBoxes: { places: [{ code: 'hall', name: '政务大厅一楼', address: '某路1号' }] } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.measures.complaintBoxes?.places).toEqual([{ code: 'hall', name: '政务大厅一楼', address: '某路1号' }]);
    expect(r.plan.campaign.shortName).toBe('政风建设年');
    expect(r.plan.organisation.office?.shortName).toBe('市政风办');
    expect(errorsOf((p) => (p.campaign.casePrefix = 'zf-11'))).toEqual([{ path: 'campaign.casePrefix', message: 'must be 2–12 capital letters and digits, starting with a letter' }]);
    expect(errorsOf((p) => (p.campaign.casePrefix = 'HRB11'))).toEqual([]);
  });
});
