import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../src/core/calendar/workdays.js';
import { engine, startTestApp, type Client, type TestApp, type TestUser } from './harness.js';

const day = (offset: number) => chinaDay(new Date(Date.now() + offset * 86_400_000));

describe(`inspections (${engine})`, () => {
  let t: TestApp;
  let office: Client;
  let leader: Client;
  let member: Client;
  let outsider: Client;
  let liaison: Client;
  let memberUser: TestUser;
  let outsiderUser: TestUser;
  const unit: Record<string, number> = {};
  let roundId: number;

  const round = (extra: Record<string, unknown> = {}) => ({
    kind: 'open',
    title: '五月窗口服务明察',
    startsOn: day(-1),
    endsOn: day(5),
    unitIds: [unit['市环保局'], unit['市公安局']],
    memberIds: [memberUser.id],
    externalMembers: [{ name: '王代表', affiliation: '市人大代表' }],
    notes: '重点检查窗口服务态度',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    const all = (await t.client().get('/api/units')).body as { id: number; name: string }[];
    for (const name of ['市环保局', '市公安局', '市工商局']) unit[name] = all.find((u) => u.name === name)?.id as number;
    office = t.client();
    await office.login(await t.user('office_staff'));
    leader = t.client();
    await leader.login(await t.user('leader'));
    memberUser = await t.user('inspector');
    member = t.client();
    await member.login(memberUser);
    outsiderUser = await t.user('inspector');
    outsider = t.client();
    await outsider.login(outsiderUser);
    liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市环保局' }));
  });
  afterAll(() => t.close());

  it('plans a round, naming the field of each bad input', async () => {
    const backwards = await office.post('/api/inspections/rounds', round({ startsOn: day(3), endsOn: day(1) }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ path: 'endsOn', message: 'must not be before startsOn' }]);
    const notInspector = await office.post('/api/inspections/rounds', round({ memberIds: [memberUser.id, (await t.user('leader')).id] }));
    expect(notInspector.status).toBe(400);
    expect(notInspector.body.errors[0]).toEqual({ path: 'memberIds[1]', message: 'is not an active inspector account' });
    const noUnit = await office.post('/api/inspections/rounds', round({ unitIds: [unit['市环保局'], 987654] }));
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors[0].path).toBe('unitIds[1]');
    const badKind = await office.post('/api/inspections/rounds', round({ kind: 'surprise' }));
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors[0].path).toBe('body.kind');

    const first = await office.request('POST', '/api/inspections/rounds', round(), { 'idempotency-key': 'round-may-2011' });
    expect(first.status).toBe(201);
    const again = await office.request('POST', '/api/inspections/rounds', round(), { 'idempotency-key': 'round-may-2011' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    roundId = first.body.id;
    const list = (await office.get('/api/inspections/rounds')).body.items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: roundId, kind: 'open', status: 'planned', unitCount: 2, memberCount: 2, findingCount: 0, filedCount: 0 });
  });

  it('shows a round to the office, leaders and its members only', async () => {
    expect((await leader.get(`/api/inspections/rounds/${roundId}`)).status).toBe(200);
    const mine = await member.get(`/api/inspections/rounds/${roundId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.units.map((u: { name: string }) => u.name)).toEqual(['市环保局', '市公安局']);
    expect(mine.body.externalMembers).toEqual([{ name: '王代表', affiliation: '市人大代表' }]);
    expect(mine.body).toMatchObject({ mayManage: false, mayRecord: false, allowedTransitions: [] });
    expect((await member.get('/api/inspections/rounds')).body.items.map((r: { id: number }) => r.id)).toEqual([roundId]);
    // Another inspector can neither list it nor tell it from a round that does not exist.
    expect((await outsider.get('/api/inspections/rounds')).body.items).toEqual([]);
    const hidden = await outsider.get(`/api/inspections/rounds/${roundId}`);
    const missing = await outsider.get('/api/inspections/rounds/987654');
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(hidden.body.detail).toBe(missing.body.detail);
    // The units visited never learn of it.
    expect((await liaison.get('/api/inspections/rounds')).status).toBe(403);
    expect((await liaison.get(`/api/inspections/rounds/${roundId}`)).status).toBe(403);
  });

  it('records findings only while the round is in progress, at its units, by the office or a member', async () => {
    const finding = { unitId: unit['市环保局'], category: 'cold_attitude', title: '窗口人员玩手机', description: '上午十时，窗口人员玩手机，群众排队无人受理。' };
    const early = await member.post(`/api/inspections/rounds/${roundId}/findings`, finding);
    expect(early.status).toBe(409);
    expect(early.body.type).toContain('round_not_in_progress');

    const started = await office.post(`/api/inspections/rounds/${roundId}/transition`, { to: 'in_progress' });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'in_progress', allowedTransitions: ['closed'], mayRecord: true });
    const twice = await office.post(`/api/inspections/rounds/${roundId}/transition`, { to: 'in_progress' });
    expect(twice.status).toBe(409);
    expect(twice.body.allowed).toEqual(['closed']);
    expect((await member.post(`/api/inspections/rounds/${roundId}/transition`, { to: 'closed' })).status).toBe(403);

    expect((await outsider.post(`/api/inspections/rounds/${roundId}/findings`, finding)).status).toBe(404);
    expect((await leader.post(`/api/inspections/rounds/${roundId}/findings`, finding)).status).toBe(403);
    const elsewhere = await member.post(`/api/inspections/rounds/${roundId}/findings`, { ...finding, unitId: unit['市工商局'] });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors[0].path).toBe('unitId');
    const badCategory = await member.post(`/api/inspections/rounds/${roundId}/findings`, { ...finding, category: 'rudeness' });
    expect(badCategory.body.errors[0].path).toBe('category');
    const future = await member.post(`/api/inspections/rounds/${roundId}/findings`, { ...finding, observedAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.body.errors[0].path).toBe('observedAt');

    const recorded = await member.request('POST', `/api/inspections/rounds/${roundId}/findings`, finding, { 'idempotency-key': 'finding-phone-1' });
    expect(recorded.status).toBe(201);
    const retried = await member.request('POST', `/api/inspections/rounds/${roundId}/findings`, finding, { 'idempotency-key': 'finding-phone-1' });
    expect(retried.body.id).toBe(recorded.body.id);
    expect((await office.post(`/api/inspections/rounds/${roundId}/findings`, { ...finding, unitId: unit['市公安局'], title: '办事指南未公开' })).status).toBe(201);

    const detail = (await member.get(`/api/inspections/rounds/${roundId}`)).body;
    expect(detail.findings.map((f: { title: string }) => f.title)).toEqual(['窗口人员玩手机', '办事指南未公开']);
    expect(detail.findings[0]).toMatchObject({ unitName: '市环保局', recordedBy: { id: memberUser.id }, caseId: null, caseCode: null });
  });

  it('files a finding as one case on the inspection channel, however often it is asked', async () => {
    const [finding] = (await office.get(`/api/inspections/rounds/${roundId}`)).body.findings as { id: number }[];
    const before = (await office.get('/api/cases/counts')).body.byStatus.received ?? 0;
    expect((await member.post(`/api/inspections/findings/${finding!.id}/case`)).status).toBe(403);
    const filed = await office.post(`/api/inspections/findings/${finding!.id}/case`);
    expect(filed.status).toBe(201);
    expect(filed.body.code).toMatch(/^ZF2011-\d{6}$/);
    const again = await office.post(`/api/inspections/findings/${finding!.id}/case`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(filed.body);
    expect((await office.get('/api/cases/counts')).body.byStatus.received).toBe(before + 1);

    const c = (await office.get(`/api/cases/${filed.body.caseId}`)).body;
    expect(c).toMatchObject({ channel: 'inspection', channelDetail: { roundId, findingId: finding!.id }, unitId: unit['市环保局'], category: 'cold_attitude', title: '窗口人员玩手机', status: 'received' });
    const detail = (await office.get(`/api/inspections/rounds/${roundId}`)).body;
    expect(detail.findings[0]).toMatchObject({ caseId: filed.body.caseId, caseCode: filed.body.code });
    expect(detail.filedCount).toBe(1);
    expect((await office.post('/api/inspections/findings/987654/case')).status).toBe(404);
  });

  it('corrects and withdraws a finding recorded by mistake, until it is filed or the round ends', async () => {
    const mistaken = await member.post(`/api/inspections/rounds/${roundId}/findings`, { unitId: unit['市环保局'], category: 'graft', title: '错记的发现', description: '记错了单位和问题。' });
    const id = mistaken.body.id as number;
    const [filed, byOffice] = (await office.get(`/api/inspections/rounds/${roundId}`)).body.findings as { id: number }[];

    expect((await outsider.patch(`/api/inspections/findings/${id}`, { title: '改' })).status).toBe(404);
    expect((await leader.patch(`/api/inspections/findings/${id}`, { title: '改' })).status).toBe(403);
    expect((await liaison.post(`/api/inspections/findings/${id}/withdraw`, { reason: '改' })).status).toBe(403);
    expect((await member.patch(`/api/inspections/findings/${byOffice!.id}`, { title: '改' })).status).toBe(403);
    expect((await member.patch(`/api/inspections/findings/${id}`, { unitId: unit['市工商局'] })).body.errors[0].path).toBe('unitId');
    expect((await member.patch(`/api/inspections/findings/${id}`, { category: 'rudeness' })).body.errors[0].path).toBe('category');
    expect((await member.patch(`/api/inspections/findings/${id}`, {})).status).toBe(400);
    const filedChange = await office.patch(`/api/inspections/findings/${filed!.id}`, { title: '改' });
    expect(filedChange.status).toBe(409);
    expect(filedChange.body.type).toContain('finding_filed');

    const corrected = await member.patch(`/api/inspections/findings/${id}`, { unitId: unit['市公安局'], category: 'cold_attitude', title: '窗口人员态度生硬' });
    expect(corrected.status).toBe(200);
    const after = corrected.body.findings.find((f: { id: number }) => f.id === id);
    expect(after).toMatchObject({ unitName: '市公安局', category: 'cold_attitude', title: '窗口人员态度生硬', description: '记错了单位和问题。', withdrawn: null, mayChange: true });
    expect(after.updatedAt).not.toBeNull();
    expect(corrected.body.findingCount).toBe(3);

    expect((await member.post(`/api/inspections/findings/${id}/withdraw`, {})).body.errors[0].path).toBe('body.reason');
    const withdrawn = await member.post(`/api/inspections/findings/${id}/withdraw`, { reason: '与第一条重复' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.findings.find((f: { id: number }) => f.id === id)).toMatchObject({ withdrawn: { reason: '与第一条重复', by: memberUser.username }, mayChange: false });
    expect(withdrawn.body.findingCount).toBe(2);
    const listed = (await office.get('/api/inspections/rounds')).body.items.find((r: { id: number }) => r.id === roundId);
    expect(listed.findingCount).toBe(2);
    const again = await office.post(`/api/inspections/findings/${id}/withdraw`, { reason: '再撤' });
    expect(again.status).toBe(409);
    expect(again.body.type).toContain('finding_withdrawn');
    expect((await office.post(`/api/inspections/findings/${id}/case`)).status).toBe(409);
    expect((await office.patch(`/api/inspections/findings/987654`, { title: '改' })).status).toBe(404);
  });

  it('files a covert visit’s findings on the covert_visit channel', async () => {
    const covert = await office.post('/api/inspections/rounds', round({ kind: 'covert', title: '暗访市公安局户籍窗口', unitIds: [unit['市公安局']], externalMembers: [] }));
    await office.post(`/api/inspections/rounds/${covert.body.id}/transition`, { to: 'in_progress' });
    const f = await member.post(`/api/inspections/rounds/${covert.body.id}/findings`, { unitId: unit['市公安局'], category: 'graft', title: '暗示办事人送礼', description: '窗口人员暗示办事人“表示表示”。' });
    const filed = await office.post(`/api/inspections/findings/${f.body.id}/case`);
    expect((await office.get(`/api/cases/${filed.body.caseId}`)).body.channel).toBe('covert_visit');
  });

  it('closes a round, after which nothing in it changes', async () => {
    const closed = await office.post(`/api/inspections/rounds/${roundId}/transition`, { to: 'closed' });
    expect(closed.body).toMatchObject({ status: 'closed', allowedTransitions: [], mayRecord: false });
    const reopen = await office.post(`/api/inspections/rounds/${roundId}/transition`, { to: 'in_progress' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.allowed).toEqual([]);
    expect((await office.patch(`/api/inspections/rounds/${roundId}`, { title: '改名' })).status).toBe(409);
    expect((await office.post(`/api/inspections/rounds/${roundId}/findings`, { unitId: unit['市环保局'], category: 'graft', title: 'x', description: 'y' })).status).toBe(409);
    const [, byOffice] = closed.body.findings as { id: number; mayChange: boolean }[];
    expect(byOffice!.mayChange).toBe(false);
    const late = await office.patch(`/api/inspections/findings/${byOffice!.id}`, { title: '改' });
    expect(late.status).toBe(409);
    expect(late.body.type).toContain('round_finished');
    expect((await office.get(`/api/inspections/rounds?status=closed`)).body.items.map((r: { id: number }) => r.id)).toEqual([roundId]);
  });

  it('changes a planned round’s members, and the new member sees it', async () => {
    const planned = await office.post('/api/inspections/rounds', round({ title: '六月明察', memberIds: [] }));
    expect((await outsider.get(`/api/inspections/rounds/${planned.body.id}`)).status).toBe(404);
    const patched = await office.patch(`/api/inspections/rounds/${planned.body.id}`, { memberIds: [outsiderUser.id], endsOn: day(9) });
    expect(patched.status).toBe(200);
    expect(patched.body.members).toEqual([{ id: outsiderUser.id, displayName: expect.any(String) }]);
    expect((await outsider.get(`/api/inspections/rounds/${planned.body.id}`)).status).toBe(200);
    const cancelled = await office.post(`/api/inspections/rounds/${planned.body.id}/transition`, { to: 'cancelled' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedTransitions: [] });
    expect((await office.patch(`/api/inspections/rounds/${planned.body.id}`, { title: '七月明察' })).status).toBe(409);
    expect((await office.get('/api/inspections/inspectors')).body.items.map((i: { id: number }) => i.id).sort()).toEqual([memberUser.id, outsiderUser.id].sort());
  });

  it('tells a round’s members, and only them, that they are on it, that it started or was called off', async () => {
    const notices = async (client: Client, id: number) =>
      ((await client.get('/api/notifications')).body.items as { kind: string; roundId: number | null; title: string }[]).filter((n) => n.roundId === id).map((n) => [n.kind, n.title]);
    const covert = await office.post('/api/inspections/rounds', round({ kind: 'covert', title: '暗访户籍窗口', memberIds: [memberUser.id] }));
    const id = covert.body.id as number;
    expect(await notices(member, id)).toEqual([['inspection.member', '检查任务：暗访户籍窗口']]);
    expect(await notices(outsider, id)).toEqual([]);
    expect(await notices(office, id)).toEqual([]);
    expect(await notices(leader, id)).toEqual([]);
    // Added later: told once, however often the same change is repeated; the member already on it is not told again.
    for (let i = 0; i < 2; i++) await office.patch(`/api/inspections/rounds/${id}`, { memberIds: [memberUser.id, outsiderUser.id] });
    expect(await notices(outsider, id)).toEqual([['inspection.member', '检查任务：暗访户籍窗口']]);
    expect(await notices(member, id)).toHaveLength(1);
    // Taken off and put back: told again.
    await office.patch(`/api/inspections/rounds/${id}`, { memberIds: [memberUser.id] });
    await office.patch(`/api/inspections/rounds/${id}`, { memberIds: [memberUser.id, outsiderUser.id] });
    expect(await notices(outsider, id)).toEqual([
      ['inspection.member', '检查任务：暗访户籍窗口'],
      ['inspection.member', '检查任务：暗访户籍窗口'],
    ]);
    await office.post(`/api/inspections/rounds/${id}/transition`, { to: 'in_progress' });
    for (const client of [member, outsider]) expect((await notices(client, id))[0]).toEqual(['inspection.started', '检查开始：暗访户籍窗口']);
    const other = await office.post('/api/inspections/rounds', round({ title: '取消的明察', memberIds: [outsiderUser.id] }));
    await office.post(`/api/inspections/rounds/${other.body.id}/transition`, { to: 'cancelled' });
    expect(await notices(outsider, other.body.id)).toEqual([
      ['inspection.cancelled', '检查取消：取消的明察'],
      ['inspection.member', '检查任务：取消的明察'],
    ]);
    expect(await notices(liaison, id)).toEqual([]);
  });
});
