import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/core/db/tables.js';
import { chinaDay } from '../../src/core/calendar/workdays.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

type UnitOut = { id: number; name: string; kind: string; parentId: number | null; aliases: string[]; note: string | null; mergedIntoId: number | null; retiredAt: string | null };
type Version = { name: string; parentId: number | null; change: string; reason: string | null; validFrom: string; validTo: string | null };

const day = (offset: number) => chinaDay(new Date(Date.now() + offset * 86_400_000));
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe(`the unit registry, edited by the office (${engine})`, () => {
  let t: TestApp;
  let admin: Client;
  let staff: Client;
  let leader: Client;
  let liaison: Client;
  const unit: Record<string, number> = {};

  const registry = async (c: Client = staff, query = '?retired=include') => (await c.get(`/api/units${query}`)).body as UnitOut[];
  const history = async (id: number) => (await staff.get(`/api/units/${id}/history`)).body as Version[];
  const audited = async (action: string, id: number) =>
    (await t.ctx.db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.objectId, String(id))))).length;
  const hotline = (unitId: number) => ({
    channel: 'hotline',
    detail: { line: 'line2', callTime: ago(5) },
    reporter: { name: '王先生', phone: '13800138000' },
    category: 'cold_attitude',
    title: '窗口工作人员态度恶劣',
    body: '窗口工作人员态度恶劣，材料齐全仍被要求反复补件。',
    unitId,
  });

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of await registry(t.client(), '')) unit[u.name] = u.id;
    admin = t.client();
    await admin.login(await t.user('office_admin'));
    staff = t.client();
    await staff.login(await t.user('office_staff'));
    leader = t.client();
    await leader.login(await t.user('leader'));
    liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市环保局' }));
  });
  afterAll(() => t.close());

  let added: number;

  it('adds a unit under another; a name in use is refused naming the field', async () => {
    const res = await admin.post('/api/units', { name: '市环保局固废管理处', kind: 'key_post', parentId: unit['市环保局'], aliases: ['固废处'], note: '2012 年新设' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '市环保局固废管理处', kind: 'key_post', parentId: unit['市环保局'], aliases: ['固废处'], note: '2012 年新设', mergedIntoId: null, retiredAt: null });
    added = res.body.id;
    expect(await audited('unit.create', added)).toBe(1);
    const taken = await staff.post('/api/units', { name: '市环保局', kind: 'department' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ path: 'name', message: 'is already used' }]);
    const byAlias = await staff.post('/api/units', { name: '固废处', kind: 'department' });
    expect(byAlias.status).toBe(409);
    const noParent = await staff.post('/api/units', { name: '新单位', kind: 'other', parentId: 987654 });
    expect(noParent.status).toBe(400);
    expect(noParent.body.errors[0].path).toBe('parentId');
    expect((await staff.post('/api/units', { name: '新单位', kind: 'ministry' })).status).toBe(400);
  });

  it('renames with a reason: the history shows both names; a rename without one is refused', async () => {
    const bare = await staff.patch(`/api/units/${added}`, { name: '市环保局固体废物管理处' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([{ path: 'reason', message: 'is required when the name changes' }]);
    const taken = await staff.patch(`/api/units/${added}`, { name: '市公安局', reason: '改名' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ path: 'name', message: 'is already used' }]);
    const renamed = await staff.patch(`/api/units/${added}`, { name: '市环保局固体废物管理处', aliases: ['固废处', '固废管理处'], reason: '机构改革更名' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '市环保局固体废物管理处', aliases: ['固废处', '固废管理处'] });
    const versions = await history(added);
    expect(versions.map((v) => [v.name, v.change, v.reason])).toEqual([
      ['市环保局固废管理处', 'created', null],
      ['市环保局固体废物管理处', 'renamed', '机构改革更名'],
    ]);
    expect(versions[0]?.validTo).toBe(versions[1]?.validFrom);
    expect(await audited('unit.renamed', added)).toBe(1);
    // The same values again change nothing (and leave no row).
    const same = await staff.patch(`/api/units/${added}`, { name: '市环保局固体废物管理处', note: '2012 年新设' });
    expect(same.status).toBe(200);
    expect(await history(added)).toHaveLength(2);
    // The old name still finds the unit through its aliases only if the office keeps it there.
    expect((await registry(staff, `?q=${encodeURIComponent('固废管理处')}`)).map((u) => u.id)).toEqual([added]);
  });

  it('moves a unit under another; a cycle is refused naming parentId', async () => {
    const moved = await staff.patch(`/api/units/${added}`, { parentId: unit['市工商局'] });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(unit['市工商局']);
    expect((await history(added)).at(-1)).toMatchObject({ change: 'reparented', parentId: unit['市工商局'] });
    const child = await staff.post('/api/units', { name: '固废处综合科', kind: 'other', parentId: added });
    expect(child.status).toBe(201);
    const cycle = await staff.patch(`/api/units/${added}`, { parentId: child.body.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors).toEqual([{ path: 'parentId', message: 'would make a cycle' }]);
    const self = await staff.patch(`/api/units/${added}`, { parentId: added });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].path).toBe('parentId');
    // The sub-unit goes back to the top of the registry for the tests below.
    expect((await staff.patch(`/api/units/${child.body.id}`, { parentId: null })).status).toBe(200);
    unit['固废处综合科'] = child.body.id;
  });

  it('retires a unit: refused while a live sub-unit remains (409 naming the count), kept and tagged in the registry', async () => {
    const sub = await staff.post('/api/units', { name: '固废处档案室', kind: 'other', parentId: added });
    const refused = await staff.post(`/api/units/${added}/retire`, { reason: '职能划出' });
    expect(refused.status).toBe(409);
    expect(refused.body.subUnits).toBe(1);
    expect(refused.body.detail).toMatch(/1 sub-unit/);
    expect((await staff.post(`/api/units/${added}/retire`, {})).status).toBe(400);
    expect((await staff.post(`/api/units/${added}/retire`, { reason: '  ' })).status).toBe(400);

    const subRetired = await staff.post(`/api/units/${sub.body.id}/retire`, { reason: '撤并' });
    expect(subRetired.status).toBe(200);
    expect(subRetired.body.retiredAt).toEqual(expect.any(String));
    const retired = await admin.post(`/api/units/${added}/retire`, { reason: '职能划出，不再设立' });
    expect(retired.status).toBe(200);
    expect(retired.body.retiredAt).toEqual(expect.any(String));
    expect((await staff.post(`/api/units/${added}/retire`, { reason: '再次' })).status).toBe(409);
    expect((await history(added)).at(-1)).toMatchObject({ change: 'retired', reason: '职能划出，不再设立' });
    expect(await audited('unit.retired', added)).toBe(1);

    // The office's registry keeps it, marked; the pickers' list and the portal's leave it out.
    expect((await registry()).find((u) => u.id === added)?.retiredAt).toEqual(expect.any(String));
    expect((await registry(staff, '')).some((u) => u.id === added)).toBe(false);
    expect(((await t.client().get('/api/public/units')).body as UnitOut[]).some((u) => u.id === added)).toBe(false);
    expect(((await t.client().get('/api/public/units?retired=include')).body as UnitOut[]).some((u) => u.id === added)).toBe(false);
    // It is still a unit of the registry (old records name it), but it cannot change until restored.
    expect((await staff.get(`/api/units/${added}`)).body.name).toBe('市环保局固体废物管理处');
    expect((await staff.patch(`/api/units/${added}`, { note: '改' })).status).toBe(409);
    // Its name stays taken, and nothing moves under it.
    expect((await staff.post('/api/units', { name: '市环保局固体废物管理处', kind: 'other' })).status).toBe(409);
    const under = await staff.patch(`/api/units/${unit['固废处综合科']}`, { parentId: added });
    expect(under.status).toBe(400);
    expect(under.body.errors).toEqual([{ path: 'parentId', message: 'is retired' }]);
  });

  it('refuses a retired unit for a new case, an assignment and new rounds', async () => {
    const intake = await staff.post('/api/cases', hotline(added));
    expect(intake.status).toBe(400);
    expect(intake.body.errors[0].path).toBe('unitId');

    const filed = await staff.post('/api/cases', hotline(unit['市环保局'] as number));
    expect(filed.status).toBe(201);
    const id = filed.body.id as number;
    expect((await staff.post(`/api/cases/${id}/accept`, {})).status).toBe(200);
    const assign = await staff.post(`/api/cases/${id}/assign`, { unitId: added });
    expect(assign.status).toBe(400);
    expect(assign.body.errors[0]).toEqual({ path: 'unitId', message: `no active unit with id ${added}` });
    const bulk = await staff.post('/api/cases/bulk', { action: 'assign', ids: [id], body: { unitId: added } });
    expect(bulk.status).toBe(200);
    expect(bulk.body.results).toEqual([{ id, ok: false, problem: expect.objectContaining({ status: 400, errors: [{ path: 'unitId', message: `no active unit with id ${added}` }] }) }]);

    const inspector = await t.user('inspector');
    const round = await staff.post('/api/inspections/rounds', {
      kind: 'open', title: '固废处明察', startsOn: day(1), endsOn: day(3), unitIds: [unit['市环保局'], added], memberIds: [inspector.id], externalMembers: [],
    });
    expect(round.status).toBe(400);
    expect(round.body.errors[0]).toEqual({ path: 'unitIds[1]', message: `no active unit with id ${added}` });
    const evaluation = await staff.post('/api/evaluations/rounds', { panel: 'enterprise', period: '2011Q2', opensOn: day(-1), closesOn: day(10), unitIds: [added] });
    expect(evaluation.status).toBe(400);
    expect(evaluation.body.errors[0]).toEqual({ path: 'unitIds[0]', message: `no active unit with id ${added}` });
  });

  it('restores a retired unit, which is offered again', async () => {
    const restored = await staff.post(`/api/units/${added}/restore`, {});
    expect(restored.status).toBe(200);
    expect(restored.body.retiredAt).toBeNull();
    expect((await staff.post(`/api/units/${added}/restore`, {})).status).toBe(409);
    expect((await history(added)).at(-1)).toMatchObject({ change: 'restored' });
    expect(await audited('unit.restored', added)).toBe(1);
    expect((await registry(staff, '')).some((u) => u.id === added)).toBe(true);
    expect(((await t.client().get('/api/public/units')).body as UnitOut[]).some((u) => u.id === added)).toBe(true);
    expect((await staff.post('/api/cases', hotline(added))).status).toBe(201);
  });

  it('merges a unit into another: its sub-units move, it cannot be merged, retired or changed again', async () => {
    const into = await staff.post('/api/units', { name: '市生态环境局固废处', kind: 'key_post', parentId: unit['市环保局'] });
    const liveChild = await staff.post('/api/units', { name: '固废处值班室', kind: 'other', parentId: added });
    const noReason = await staff.post(`/api/units/${added}/merge`, { intoId: into.body.id });
    expect(noReason.status).toBe(400);
    const merged = await staff.post(`/api/units/${added}/merge`, { intoId: into.body.id, reason: '职能整合' });
    expect(merged.status).toBe(200);
    expect(merged.body.mergedIntoId).toBe(into.body.id);
    expect((await history(added)).at(-1)).toMatchObject({ change: 'merged', reason: '职能整合' });
    expect((await staff.get(`/api/units/${liveChild.body.id}`)).body.parentId).toBe(into.body.id);
    const retire = await staff.post(`/api/units/${added}/retire`, { reason: '撤销' });
    expect(retire.status).toBe(409);
    expect(retire.body.detail).toMatch(/merged/);
    expect((await staff.post(`/api/units/${added}/merge`, { intoId: unit['市公安局'], reason: '再并' })).status).toBe(409);
    expect((await staff.patch(`/api/units/${added}`, { note: '改' })).status).toBe(409);
    // Nothing merges into a retired unit.
    const gone = await staff.post('/api/units', { name: '临时单位', kind: 'other' });
    await staff.post(`/api/units/${gone.body.id}/retire`, { reason: '撤销' });
    const intoRetired = await staff.post(`/api/units/${into.body.id}/merge`, { intoId: gone.body.id, reason: '误操作' });
    expect(intoRetired.status).toBe(400);
    expect(intoRetired.body.errors).toEqual([{ path: 'intoId', message: 'is retired' }]);
  });

  it('merges a unit into one of its own sub-units without making a cycle', async () => {
    const top = await staff.post('/api/units', { name: '合并测试上级', kind: 'department' });
    const middle = await staff.post('/api/units', { name: '合并测试中层', kind: 'other', parentId: top.body.id });
    const bottom = await staff.post('/api/units', { name: '合并测试下层', kind: 'other', parentId: middle.body.id });
    expect((await staff.post(`/api/units/${top.body.id}/merge`, { intoId: bottom.body.id, reason: '机构调整' })).status).toBe(200);
    expect((await staff.get(`/api/units/${bottom.body.id}`)).body.parentId).toBeNull();
    expect((await staff.get(`/api/units/${middle.body.id}`)).body.parentId).toBe(bottom.body.id);
  });

  it('refuses every change to a leader and a liaison (403), and to the public (401)', async () => {
    const id = unit['市环保局'] as number;
    const changes: [string, string, unknown][] = [
      ['POST', '/api/units', { name: '越权单位', kind: 'other' }],
      ['PATCH', `/api/units/${id}`, { note: '越权' }],
      ['POST', `/api/units/${id}/merge`, { intoId: unit['市公安局'], reason: '越权' }],
      ['POST', `/api/units/${id}/retire`, { reason: '越权' }],
      ['POST', `/api/units/${id}/restore`, {}],
    ];
    for (const [method, url, body] of changes) {
      expect((await leader.request(method, url, body)).status, `leader ${method} ${url}`).toBe(403);
      expect((await liaison.request(method, url, body)).status, `liaison ${method} ${url}`).toBe(403);
      expect((await t.client().request(method, url, body)).status, `anon ${method} ${url}`).toBe(401);
    }
    expect((await staff.get(`/api/units/${id}`)).body).toMatchObject({ name: '市环保局', note: null, retiredAt: null, mergedIntoId: null });
  });
});
