import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { systemActor } from '../../src/core/audit/audit.js';
import { campaigns, units } from '../../src/core/db/tables.js';
import { writeIn } from '../../src/core/http/change.js';
import { importPlan } from '../../src/modules/plan/store.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

const harbin = JSON.parse(readFileSync('plans/harbin-2011.json', 'utf8'));

describe(`the plan as data (${engine})`, () => {
  let t: TestApp;
  let anon: Client;
  beforeAll(async () => {
    t = await startTestApp();
    anon = t.client();
  });
  afterAll(() => t.close());

  it('serves the 91 monitored units: 23 departments, 16 windows, 52 key posts', async () => {
    const res = await anon.get('/api/units?monitored=true');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(91);
    const byKind: Record<string, number> = {};
    for (const u of res.body as { kind: string }[]) byKind[u.kind] = (byKind[u.kind] ?? 0) + 1;
    expect(byKind).toEqual({ department: 23, window: 16, key_post: 52 });
    for (const kind of ['department', 'window', 'key_post']) {
      const filtered = await anon.get(`/api/units?monitored=true&kind=${kind}`);
      expect(filtered.body).toHaveLength(byKind[kind] ?? -1);
    }
    expect(res.body[0]).toMatchObject({ name: '市发改委', kind: 'department', monitored: true, parentId: null });
  });

  it('links every key post to its parent unit, adding parents that are not monitored', async () => {
    const all = (await anon.get('/api/units')).body as { id: number; name: string; kind: string; monitored: boolean; parentId: number | null }[];
    const byId = new Map(all.map((u) => [u.id, u]));
    const keyPosts = all.filter((u) => u.kind === 'key_post');
    expect(keyPosts.every((u) => u.parentId !== null && byId.has(u.parentId))).toBe(true);
    const office = all.find((u) => u.name === '市政府办公厅文电处');
    expect(byId.get(office?.parentId ?? -1)).toMatchObject({ name: '市政府办公厅', monitored: false });
    const inspection = all.find((u) => u.name === '市质量技术监督局稽查支队');
    expect(byId.get(inspection?.parentId ?? -1)?.name).toBe('市质技监督局');
  });

  it('searches units by name and by alias', async () => {
    const byAlias = await anon.get(`/api/units?q=${encodeURIComponent('质量技术监督局')}`);
    expect((byAlias.body as { name: string }[]).map((u) => u.name)).toContain('市质技监督局');
    const none = await anon.get(`/api/units?q=${encodeURIComponent('%')}`);
    expect(none.body).toHaveLength(0);
  });

  it('serves the 50 major projects with their numbers', async () => {
    const res = await anon.get('/api/projects');
    expect(res.body).toHaveLength(50);
    expect(res.body[0]).toMatchObject({ number: 1, name: '方正县稻米加工园区项目' });
    expect(res.body[49]).toMatchObject({ number: 50, name: '伊哈公路松浦大桥至朱家段项目' });
  });

  it('serves the campaign, its four phases and the eight problem categories', async () => {
    const res = await anon.get('/api/plan');
    expect(res.status).toBe(200);
    expect(res.body.campaign).toMatchObject({ code: 'harbin-2011', year: 2011, isCurrent: true });
    expect(res.body.phases.map((p: { code: string }) => p.code)).toEqual(['launch', 'rectification', 'consolidation', 'acceptance']);
    expect(res.body.phases[1]).toMatchObject({ start: '2011-03-01', end: '2011-09-30' });
    expect(res.body.problemCategories.map((c: { code: string }) => c.code)).toEqual([
      'execution', 'power_abuse', 'formalism', 'buck_passing', 'inefficiency', 'graft', 'cold_attitude', 'lax_discipline',
    ]);
    expect(res.body.problemCategories[5]).toMatchObject({ name: '吃拿卡要' });
    expect(res.body.counts).toMatchObject({ monitoredUnits: 91, monitoredByKind: { department: 23, window: 16, key_post: 52 }, projects: 50 });
    expect(res.body.measures.evaluationPanels).toHaveLength(3);
    expect(res.body.measures.hotlineLines).toHaveLength(3);
  });

  it('refuses a bad query parameter with problem+json naming it', async () => {
    const res = await anon.get('/api/units?kind=ministry');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors[0].path).toBe('querystring.kind');
  });

  describe('importing another plan', () => {
    let admin: Client;
    beforeAll(async () => {
      admin = t.client();
      expect((await admin.login(await t.user('office_admin'))).status).toBe(200);
    });

    it('refuses a bad plan as a whole, naming the field, and imports nothing', async () => {
      const before = await t.ctx.db.select({ n: count() }).from(units);
      const bad = structuredClone(harbin);
      bad.campaign.code = 'bad-plan';
      bad.units.push({ name: '新单位', kind: 'department', monitored: true, aliases: [] });
      bad.units[12].parent = '不存在的局';
      bad.phases[0].start = '2011-13-01';
      const res = await admin.post('/api/plans', bad);
      expect(res.status).toBe(400);
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toContain('phases[0].start');
      delete bad.phases[0].start;
      bad.phases[0].start = '2011-01-01';
      const res2 = await admin.post('/api/plans', bad);
      expect(res2.body.errors).toContainEqual({ path: 'units[12].parent', message: 'no unit named "不存在的局"' });
      expect((await t.ctx.db.select({ n: count() }).from(campaigns))[0]?.n).toBe(1);
      expect((await t.ctx.db.select({ n: count() }).from(units))[0]?.n).toBe(before[0]?.n);
    });

    it('reports every mistake of a plan in one 400 answer, each named by its path', async () => {
      const bad = structuredClone(harbin);
      bad.campaign.code = 'many-mistakes';
      bad.campaign.year = '2011'; // a wrong type
      delete bad.problemCategories[2].name; // a missing field
      bad.phases[1].end = '2013-02-30'; // an impossible day
      bad.phases[3].start = '2011-10-15'; // overlaps the phase before
      bad.units[12].parent = '无此局'; // a parent that does not exist
      const res = await admin.post('/api/plans', bad);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors).toEqual([
        { path: 'campaign.year', message: 'Invalid input: expected number, received string' },
        { path: 'problemCategories[2].name', message: 'is required' },
        { path: 'phases[1].end', message: 'must be a real day, YYYY-MM-DD' },
        { path: 'phases[3].start', message: 'overlaps phase "consolidation" ending 2011-10-31' },
        { path: 'units[12].parent', message: 'no unit named "无此局"' },
      ]);
      expect(res.body.detail).toBe('The plan has 5 error(s)');
    });

    it('answers an impossible day with a 400 naming the field, not a 500', async () => {
      const bad = structuredClone(harbin);
      bad.campaign.code = 'impossible-day';
      bad.phases[0].end = '2013-02-30';
      const res = await admin.post('/api/plans', bad);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: 'phases[0].end', message: 'must be a real day, YYYY-MM-DD' }]);
      expect((await t.ctx.db.select({ n: count() }).from(campaigns))[0]?.n).toBe(1);
    });

    it('turns a value the database still refuses into a 400 naming the part of the plan, importing nothing', async () => {
      const bad = structuredClone(harbin);
      bad.campaign.code = 'past-the-edge';
      bad.phases[2].start = '2013-02-30'; // as if the validation had let it through
      const before = (await t.ctx.db.select({ n: count() }).from(campaigns))[0]?.n;
      const refused = await t.ctx.db.transaction((tx) => importPlan(writeIn(tx, systemActor()), bad)).then(
        () => null,
        (err: unknown) => err,
      );
      expect(refused).toMatchObject({ status: 400, code: 'bad_request', errors: [{ path: 'phases[2]', message: expect.stringMatching(/refuses/) }] });
      expect((await t.ctx.db.select({ n: count() }).from(campaigns))[0]?.n).toBe(before);
    });

    it('loads a second campaign beside the first, sharing the unit registry; re-importing changes nothing', async () => {
      const next = structuredClone(harbin);
      next.campaign = { ...next.campaign, code: 'harbin-2012', name: '2012年政风建设', year: 2012 };
      next.problemCategories = next.problemCategories.slice(0, 6);
      next.units = next.units.filter((u: { kind: string }) => u.kind !== 'window');
      next.units.push({ name: '市行政审批局', kind: 'department', monitored: true, aliases: [] });
      next.projects = next.projects.slice(0, 10);
      const first = await admin.post('/api/plans', next);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ created: true, current: false, unitsCreated: 1 });
      const again = await admin.post('/api/plans', next);
      expect(again.body).toMatchObject({ created: false, unitsCreated: 0 });
      const plan2012 = await anon.get('/api/plan?campaign=harbin-2012');
      expect(plan2012.body.problemCategories).toHaveLength(6);
      expect(plan2012.body.counts.monitoredUnits).toBe(23 + 52 + 1);
      expect((await anon.get('/api/projects?campaign=harbin-2012')).body).toHaveLength(10);
      expect((await anon.get('/api/units?monitored=true')).body).toHaveLength(91);
      const list = await admin.get('/api/campaigns');
      expect(list.body.map((c: { code: string; isCurrent: boolean }) => [c.code, c.isCurrent])).toEqual([
        ['harbin-2011', true],
        ['harbin-2012', false],
      ]);
    });

    it('keeps a renamed unit’s history', async () => {
      const [unit] = (await anon.get(`/api/units?q=${encodeURIComponent('市工信委')}`)).body;
      const renamed = await admin.patch(`/api/units/${unit.id}`, { name: '市工业和信息化局', reason: '机构改革' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: '市工业和信息化局', monitored: true });
      const history = await anon.get(`/api/units/${unit.id}/history`);
      expect(history.body.map((v: { name: string; change: string }) => [v.name, v.change])).toEqual([
        ['市工信委', 'created'],
        ['市工业和信息化局', 'renamed'],
      ]);
      expect(history.body[0].validTo).not.toBeNull();
    });
  });
});
