import { describe, expect, it } from 'vitest';
import { translation as en } from '../../i18n/en';
import { translation as zh } from '../../i18n/zh-CN';
import type { AuditEntry } from './types';
import { actionWords, detailFields, lookupIn, objectWords, whoWords, type Wording } from './words';

const zhWords: Wording = { lookup: lookupIn(zh), instant: (iso) => `at ${iso}` };
const enWords: Wording = { lookup: lookupIn(en), instant: (iso) => `at ${iso}` };

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1, seq: 1, ts: '2011-06-01T02:00:00.000Z', username: 'wang', actorName: '王办事', action: 'case.view', objectType: 'case', objectId: '6',
  objectLabel: 'ZF2011-000006', outcome: 'success', requestId: 'r1', detail: null, detailLabels: {}, ...over,
});
const fields = (e: AuditEntry, w = zhWords) => Object.fromEntries(detailFields(e, w).map((f) => [f.label, f.value]));

describe('the audit trail in words', () => {
  it('words an action and its object in the reader’s language, and keeps an unknown code as it is', () => {
    expect(actionWords('case.reporter_view', zhWords.lookup)).toBe('查看了反映人身份');
    expect(actionWords('case.reporter_view', enWords.lookup)).toBe("Viewed the reporter's identity");
    expect(actionWords('case.no_such_thing', zhWords.lookup)).toBe('case.no_such_thing');
    expect(actionWords('weird', zhWords.lookup)).toBe('weird');
    expect(actionWords('a.b.c', zhWords.lookup)).toBe('a.b.c');
    expect(objectWords(entry({}), zhWords.lookup)).toBe('案件 ZF2011-000006');
    expect(objectWords(entry({ objectType: 'unit', objectId: '3', objectLabel: '市环保局' }), enWords.lookup)).toBe('Unit 市环保局');
    expect(objectWords(entry({ objectType: 'evaluation_answer', objectId: '9', objectLabel: null }), zhWords.lookup)).toBe('评议意见 #9');
    expect(objectWords(entry({ objectType: null, objectId: null, objectLabel: null }), zhWords.lookup)).toBeNull();
  });

  it('names who acted, the system included', () => {
    expect(whoWords(entry({}), zhWords.lookup)).toEqual({ name: '王办事', username: 'wang' });
    expect(whoWords(entry({ username: 'system', actorName: null }), zhWords.lookup)).toEqual({ name: '系统', username: null });
    expect(whoWords(entry({ username: 'nobody', actorName: null }), enWords.lookup)).toEqual({ name: 'nobody', username: null });
    expect(whoWords(entry({ username: 'cli:user:create', actorName: null }), zhWords.lookup)).toEqual({ name: '服务器命令行', username: 'cli:user:create' });
  });

  it('labels the detail’s fields and words their values: statuses, records by name, reasons, nested filters', () => {
    expect(fields(entry({ action: 'case.assign', detail: { from: 'accepted', to: 'assigned' } }))).toEqual({ 原值: '已受理', 新值: '已交办' });
    expect(fields(entry({ action: 'case.assign', detail: { from: 'accepted', to: 'assigned' } }), enWords)).toEqual({ From: 'Accepted', To: 'Assigned' });
    expect(fields(entry({ action: 'unit.merge', objectType: 'unit', detail: { into: 12, reason: '机构改革' }, detailLabels: { into: '市生态环境局' } }))).toEqual({ 并入: '市生态环境局', 原因: '机构改革' });
    expect(fields(entry({ action: 'unit.merge', detail: { into: 12 } }))).toEqual({ 并入: '#12' });
    expect(fields(entry({ action: 'auth.login', outcome: 'failure', detail: { reason: 'wrong_password' } }))).toEqual({ 原因: '密码错误' });
    expect(fields(entry({ action: 'user.create', detail: { role: 'office_staff', unitId: null } }))).toEqual({ 角色: '办公室工作人员', 单位: '无' });
    expect(fields(entry({ action: 'user.password_change', detail: { otherSessionsEnded: true } }))).toEqual({ 已结束其他会话: '是' });
    expect(fields(entry({ action: 'auth.lockout', detail: { until: '2011-06-01T02:15:00.000Z' } }))).toEqual({ 锁定至: 'at 2011-06-01T02:15:00.000Z' });
    expect(fields(entry({ action: 'inspection.round_update', detail: { fields: ['title', 'notes', 'whatever'] } }))).toEqual({ 修改的项目: '标题、备注、whatever' });
    expect(fields(entry({ action: 'evaluation.round_update', detail: { fields: ['period'] } }), enWords)).toEqual({ 'Fields changed': 'Period' });
    expect(
      fields(entry({ action: 'audit.query', detail: { filters: { action: 'case.reporter_view', objectType: 'case', outcome: 'denied', from: '2011-06-01T00:00:00.000Z', limit: 50 } } })),
    ).toEqual({ 筛选条件: '操作: 查看了反映人身份、对象类型: 案件、结果: 拒绝、起始时间: at 2011-06-01T00:00:00.000Z、每页条数: 50' });
    expect(fields(entry({ action: 'case.identity_sealed', detail: { cases: [3, 4] } }))).toEqual({ 案件: '#3、#4' });
    // An unknown key is shown as it is, with its value.
    expect(fields(entry({ action: 'x.y', detail: { shiny: 'new', deep: { a: 1 } } }))).toEqual({ shiny: 'new', deep: 'a: 1' });
    expect(detailFields(entry({ detail: null }), zhWords)).toEqual([]);
    expect(detailFields(entry({ detail: 'plain' }), zhWords)).toEqual([{ key: 'detail', label: '详情', value: 'plain' }]);
  });
});
