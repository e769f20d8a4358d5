import { z } from 'zod';
import { bigIdParam } from '../../core/http/fields.js';

/**
 * The words of every in-app notice, in both languages. A notice is stored as one of these keys
 * with its parameters and worded when it is read, in the reader's language; the server words it
 * in Chinese for readers that name no language. Shared with the web (no server code here).
 */
export const NOTICE_MESSAGES = {
  'case.assign': { 'zh-CN': '交办：{code} {title}', en: 'Assigned: {code} {title}' },
  'case.transfer': { 'zh-CN': '交办：{code} {title}', en: 'Assigned: {code} {title}' },
  'case.remind': { 'zh-CN': '催办：{code} 请于 {dueDate} 前办理', en: 'Reminder: {code} is due by {dueDate}' },
  'case.escalate': { 'zh-CN': '督办（{level}级）：{code}', en: 'Escalated (level {level}): {code}' },
  'case.request_extension': { 'zh-CN': '申请延期：{code}（{workdays}个工作日）', en: 'Extension requested: {code} ({workdays} working days)' },
  'case.grant_extension': { 'zh-CN': '延期已批准：{code} 新期限 {dueDate}', en: 'Extension granted: {code}, now due {dueDate}' },
  'case.respond': { 'zh-CN': '已反馈：{code}', en: 'Responded: {code}' },
  'case.return': { 'zh-CN': '退回重办：{code} 新期限 {dueDate}', en: 'Returned for rework: {code}, now due {dueDate}' },
  'case.reopen': { 'zh-CN': '退回重办：{code} 新期限 {dueDate}', en: 'Returned for rework: {code}, now due {dueDate}' },
  'case.follow_up': { 'zh-CN': '回访不满意，重办：{code}', en: 'Complainant unsatisfied, reopened: {code}' },
  'case.message': { 'zh-CN': '群众留言：{code}', en: 'Message from the complainant: {code}' },
  'case.portal': { 'zh-CN': '群众投诉：{code} {title}', en: 'New public complaint: {code} {title}' },
  'inspection.member': { 'zh-CN': '检查任务：{title}', en: 'Inspection assignment: {title}' },
  'inspection.started': { 'zh-CN': '检查开始：{title}', en: 'Inspection started: {title}' },
  'inspection.cancelled': { 'zh-CN': '检查取消：{title}', en: 'Inspection called off: {title}' },
  'self_inspection.asked': { 'zh-CN': '报告要求：{title}，请于 {dueDate} 前提交', en: 'Report asked for: {title}, due {dueDate}' },
  'self_inspection.due_soon': { 'zh-CN': '报告即将到期：{title}，请于 {dueDate} 前提交', en: 'Report due soon: {title}, by {dueDate}' },
  'self_inspection.late': { 'zh-CN': '报告逾期未交：{title}（应于 {dueDate} 前提交）', en: 'Report overdue: {title} (was due {dueDate})' },
  'self_inspection.submitted': { 'zh-CN': '报告已提交：{unit} {title}', en: 'Report submitted: {unit}, {title}' },
  'self_inspection.returned': { 'zh-CN': '报告被退回修改：{title}', en: 'Report returned for correction: {title}' },
  'self_inspection.accepted': { 'zh-CN': '报告已通过审核：{title}', en: 'Report accepted: {title}' },
  'self_inspection.failed': { 'zh-CN': '报告未通过验收：{title}', en: 'Report failed its acceptance: {title}' },
  'self_inspection.rectification_overdue': { 'zh-CN': '整改逾期：{item}（期限 {deadline}，{title}）', en: 'Rectification overdue: {item} (due {deadline}, {title})' },
} as const satisfies Record<string, Record<NoticeLanguage, string>>;

export type NoticeLanguage = 'zh-CN' | 'en';
export type NoticeKey = keyof typeof NOTICE_MESSAGES;
export type NoticeParams = Record<string, string | number>;
export type NoticeMessage = { key: NoticeKey; params: NoticeParams };

export const isNoticeKey = (key: string): key is NoticeKey => Object.hasOwn(NOTICE_MESSAGES, key);

/** The notice in the reader's language; a parameter it lacks shows as its name, never as "undefined". */
export function wordNotice(key: NoticeKey, params: NoticeParams, language: NoticeLanguage): string {
  return NOTICE_MESSAGES[key][language].replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? name));
}

export const listQuery = z.object({ before: bigIdParam.optional(), limit: z.coerce.number().int().min(1).max(100).default(30) }).strict();

export const notificationOut = z.object({
  id: z.number(),
  /** What caused it: a case step or job (assign, remind, escalate, message) or a round's (inspection.member, inspection.started, inspection.cancelled). */
  kind: z.string(),
  caseId: z.number().nullable(),
  /** The inspection round, for a notice to its members. */
  roundId: z.number().nullable(),
  /** The notice as a catalogue message (NOTICE_MESSAGES), worded in the reader's language; null on notices from before messages. */
  message: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
  /** The notice worded in the language the request asks for (Accept-Language), Chinese by default. */
  title: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationOut>;

export const pageOut = z.object({ items: z.array(notificationOut), unread: z.number() });
export type NotificationPage = z.infer<typeof pageOut>;
