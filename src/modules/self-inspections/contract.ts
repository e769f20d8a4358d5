import { z } from 'zod';
import { catalogue } from '../../core/contract.js';
import { day, id } from '../../core/http/fields.js';
import type { Wire } from '../../core/http/wire.js';

/**
 * Self-inspection and rectification (自查自纠): the office asks every unit (or some) for a report
 * by a due day; each unit's liaison writes its report (the problems it found, a rectification
 * measure for each with the person responsible, a deadline and a status; the institutions it
 * built; the education and training it held), saves drafts and submits it; the office accepts it
 * or returns it with comments per item, and a year-end summary is accepted (验收, with a score) or
 * failed. Every submitted version stays readable. Web-safe.
 */

/** What a report is for: the launch phase's self-inspection, the consolidation phase's re-rectification (举一反三), the year-end summary, or any other the office asks for. */
export const REPORT_KINDS = ['self_inspection', 'rerectification', 'summary', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** open: not yet submitted (a draft may be saved); submitted: waiting for the office; returned: to correct and submit again; accepted / failed: reviewed, final. */
export const REPORT_STATUSES = ['open', 'submitted', 'returned', 'accepted', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A rectification's state as the unit reports it; `overdue` is never stored, it is worked out from the deadline. */
export const RECTIFICATION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATES = [...RECTIFICATION_STATUSES, 'overdue'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const REVIEW_DECISIONS = ['accept', 'return', 'fail'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const problems = catalogue({
  report_not_editable: { status: 409, zh: '报告已提交或已审核，不能再修改。', en: 'The report has been submitted or reviewed and can no longer be changed.' },
  report_not_submitted: { status: 409, zh: '报告尚未提交，不能审核。', en: 'The report has not been submitted, so it cannot be reviewed.' },
  rectification_done: { status: 409, zh: '这项整改已完成，无需立案。', en: 'This rectification is done; there is nothing to file.' },
  rectification_not_submitted: { status: 409, zh: '单位尚未提交这项整改，不能立案。', en: 'The unit has not submitted this rectification yet, so it cannot be filed.' },
  report_changed: { status: 409, zh: '报告已被他人修改，请刷新后再保存。', en: 'Someone else changed the report; reload it before saving.' },
});

const line = (max: number) => z.string().trim().min(1).max(max);
const longText = (max: number) => z.string().trim().max(max);
/** An item's key, made by the page that added it: comments on the item follow it across versions. */
const itemKey = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1–40 letters, digits, - or _');

export const rectificationItem = z
  .object({
    key: itemKey,
    category: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a problem category code'),
    description: line(2000),
    measure: line(2000),
    responsible: line(100),
    deadline: day,
    status: z.enum(RECTIFICATION_STATUSES),
    /** What shows the measure was carried out; required once the status is done. */
    evidence: longText(2000).optional(),
  })
  .strict();

export const institutionItem = z.object({ key: itemKey, name: line(200), documentNo: longText(100).optional(), issuedOn: day.optional() }).strict();
export const trainingItem = z.object({ key: itemKey, heldOn: day, topic: line(200), attendance: z.number().int().min(0).max(100_000) }).strict();

export const reportContent = z
  .object({
    rectifications: z.array(rectificationItem).max(200).default([]),
    institutions: z.array(institutionItem).max(100).default([]),
    trainings: z.array(trainingItem).max(100).default([]),
    summary: longText(20_000).default(''),
  })
  .strict();
export type ReportContent = z.output<typeof reportContent>;

export const createRequestBody = z
  .object({
    kind: z.enum(REPORT_KINDS),
    title: line(200),
    dueDate: day,
    instructions: longText(5000).optional(),
    /** The units asked; by default every monitored unit of the campaign. */
    unitIds: z.array(id).min(1).max(2000).optional(),
  })
  .strict();

/** `revision` is the working copy's revision the page started from: a save over someone else's newer one is refused (409 report_changed). */
const revision = z.number().int().min(0).max(1_000_000);
export const draftBody = z.object({ content: reportContent, revision }).strict();
export const submitBody = z.object({ revision }).strict();
export const reviewBody = z
  .object({
    decision: z.enum(REVIEW_DECISIONS),
    comment: longText(5000).optional(),
    /** Comments on single items, by the item's key. */
    itemComments: z.record(itemKey, line(2000)).optional(),
    /** The acceptance score of a year-end summary (0–100). */
    score: z.number().min(0).max(100).optional(),
  })
  .strict();

const counts = z.object({ done: z.number(), inProgress: z.number(), planned: z.number(), overdue: z.number() });

export const reportRowOut = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  status: z.enum(REPORT_STATUSES),
  submittedAt: z.string().nullable(),
  /** Not submitted by the due day (or submitted after it). */
  late: z.boolean(),
  /** The rectifications of what was last submitted, by state today. */
  rectifications: counts,
});

export const requestOut = z.object({
  id: z.number(),
  kind: z.enum(REPORT_KINDS),
  title: z.string(),
  dueDate: z.string(),
  instructions: z.string().nullable(),
  createdAt: z.string(),
  /** Of the reports this reader may see: how many in each status, how many late. */
  progress: z.object({ total: z.number(), byStatus: z.record(z.string(), z.number()), late: z.number() }),
});

export const requestDetailOut = requestOut.extend({ reports: z.array(reportRowOut) });

const reviewOut = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  comment: z.string().nullable(),
  itemComments: z.record(z.string(), z.string()),
  score: z.number().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string(),
});

export const versionOut = z.object({ version: z.number(), submittedAt: z.string(), submittedBy: z.string().nullable(), content: reportContent, review: reviewOut.nullable() });

export const reportOut = reportRowOut.extend({
  request: requestOut.omit({ progress: true }),
  /** For the unit's own liaison the working copy (the draft while open or returned); for everyone else what was last submitted (empty before that). */
  content: reportContent,
  /** Bumped by every save; a save or submit names the revision it started from. */
  revision: z.number(),
  /** Each rectification's state today (overdue worked out from its deadline), by item key. */
  states: z.record(z.string(), z.enum(RECTIFICATION_STATES)),
  lastReview: reviewOut.nullable(),
  /** The submitted versions, first to last (1, 2, …). */
  versions: z.array(versionOut.pick({ version: true, submittedAt: true, submittedBy: true })),
  /** The rectifications the office filed as cases, by item key (the office and leaders only). */
  filedCases: z.record(z.string(), z.object({ caseId: z.number(), code: z.string() })),
  /** What this reader may do now. */
  canEdit: z.boolean(),
  canReview: z.boolean(),
});

export const filedCaseOut = z.object({ caseId: z.number(), code: z.string() });

export type RequestIn = z.input<typeof createRequestBody>;
export type ReviewIn = z.input<typeof reviewBody>;
export type RequestSummary = Wire<z.output<typeof requestOut>>;
export type RequestDetail = Wire<z.output<typeof requestDetailOut>>;
export type Report = Wire<z.output<typeof reportOut>>;
export type ReportVersion = Wire<z.output<typeof versionOut>>;

/** The words of the progress workbook, in both languages (the web words the same things in its own catalogues). */
export const WORKBOOK_WORDS = {
  'zh-CN': {
    reports: '单位报告',
    rectifications: '整改事项',
    byCategory: '按问题类别',
    columns: {
      unit: '单位', unitKind: '单位类型', status: '状态', firstSubmittedAt: '首次提交时间', submittedAt: '最近提交时间', late: '逾期提交', total: '整改事项',
      done: '已完成', inProgress: '整改中', planned: '未开始', overdue: '逾期未完成', institutions: '建立制度', trainings: '教育培训（次）', attendance: '参训人次',
      category: '问题类别', description: '问题描述', measure: '整改措施', responsible: '责任人', deadline: '整改期限', state: '整改状态', evidence: '完成佐证', doneRate: '完成率',
    },
    statuses: { open: '未提交', submitted: '待审核', returned: '退回修改', accepted: '已通过', failed: '未通过' },
    states: { planned: '未开始', in_progress: '整改中', done: '已完成', overdue: '逾期' },
    yes: '是',
    no: '否',
  },
  en: {
    reports: 'Reports',
    rectifications: 'Rectifications',
    byCategory: 'By problem',
    columns: {
      unit: 'Unit', unitKind: 'Unit kind', status: 'Status', firstSubmittedAt: 'First submitted', submittedAt: 'Last submitted', late: 'Late', total: 'Rectifications',
      done: 'Done', inProgress: 'In progress', planned: 'Planned', overdue: 'Overdue', institutions: 'Institutions built', trainings: 'Trainings held', attendance: 'Attendance',
      category: 'Problem', description: 'Problem found', measure: 'Measure', responsible: 'Responsible', deadline: 'Deadline', state: 'State', evidence: 'Evidence', doneRate: 'Done',
    },
    statuses: { open: 'Not submitted', submitted: 'To review', returned: 'Returned', accepted: 'Accepted', failed: 'Failed' },
    states: { planned: 'Planned', in_progress: 'In progress', done: 'Done', overdue: 'Overdue' },
    yes: 'Yes',
    no: 'No',
  },
} as const satisfies Record<'zh-CN' | 'en', { statuses: Record<ReportStatus, string>; states: Record<RectificationState, string> } & Record<string, unknown>>;
