import { z } from 'zod';
import type { Wire } from '../../core/http/wire.js';
import { catalogue } from '../../core/contract.js';
import { ACCOUNTABILITY_OUTCOMES } from '../plan/contract.js';
import { bigId, day, dueDay, id, idParam, pastDay, pastInstant } from '../../core/http/fields.js';

/**
 * The case routes' contract: their enums, problems, request and response shapes (the OpenAPI
 * document is built from these), shared by the server and the web. Web-safe: it imports only
 * zod, other contracts and pure helpers; the web takes its types (`import type`) and constants.
 */

// ------------------------------------------------------------------ enums

export const STATUSES = ['received', 'accepted', 'not_accepted', 'assigned', 'responded', 'closed', 'merged'] as const;
export type Status = (typeof STATUSES)[number];

export const CHANNELS = [
  'hotline',
  'complaint_box',
  'web',
  'media',
  'inspection',
  'covert_visit',
  'evaluation',
  'self_inspection',
  'project_monitoring',
  'letter',
  'walk_in',
] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels on which the platform itself finds the problem (an inspection, an evaluation…): such a case has no reporter at all, which is not anonymity. */
export const REPORTERLESS_CHANNELS = ['inspection', 'covert_visit', 'evaluation', 'self_inspection', 'project_monitoring'] as const satisfies readonly Channel[];
/** Who reported a case: nobody (found by the platform's own work), someone unnamed, or someone named. */
export function reporterKind(c: { channel: string; anonymous: boolean }): 'none' | 'anonymous' | 'named' {
  if ((REPORTERLESS_CHANNELS as readonly string[]).includes(c.channel)) return 'none';
  return c.anonymous ? 'anonymous' : 'named';
}
/** The channels the office records by hand (staffIntakeBody); the others enter through their own modules. */
export const INTAKE_CHANNELS = ['hotline', 'complaint_box', 'media', 'letter', 'walk_in'] as const satisfies readonly Channel[];

/** The steps on a case, in the order of the state machine's table (rules.ts). */
export const ACTIONS = [
  'accept',
  'reject',
  'assign',
  'transfer',
  'remind',
  'escalate',
  'request_extension',
  'grant_extension',
  'respond',
  'verify_close',
  'return',
  'follow_up',
  'reopen',
  'merge',
] as const;
export type Action = (typeof ACTIONS)[number];

export const SATISFACTION = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION)[number];
export const SUBSTANTIATED = ['yes', 'partly', 'no'] as const;
export type Substantiated = (typeof SUBSTANTIATED)[number];

/** Where a case with a unit stands against its due date. */
export const DEADLINE_STATES = ['on_time', 'due_soon', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
/** The list's deadline filter. */
export const DEADLINE_FILTERS = ['overdue', 'due_soon'] as const;
export const SORTS = ['received_desc', 'received_asc', 'due_asc'] as const;
export type CaseSort = (typeof SORTS)[number];
/** The steps a reporter sees on the portal (with the intake); internal notes and findings stay with the office. */
export const PUBLIC_STEPS = ['intake', 'accept', 'reject', 'assign', 'transfer', 'respond', 'return', 'verify_close', 'follow_up', 'reopen', 'merge'] as const;
export type PublicStep = (typeof PUBLIC_STEPS)[number];

// ------------------------------------------------------------------ problems

export const problems = catalogue({
  not_substantiated: { status: 409, zh: '只有核查属实或部分属实的案件才能记录问责。', en: 'Accountability is recorded only on cases found substantiated or partly substantiated.' },
  no_clean_copy: {
    status: 409,
    zh: '该附件的元数据无法清除，不能提供给单位。请活动办公室另附清理后的副本（如另存为 PDF 或 .docx）。',
    en: 'This attachment cannot be given to units: its metadata could not be removed. The campaign office must attach a cleaned copy (e.g. saved as PDF or .docx).',
  },
});

// ------------------------------------------------------------------ checks (pure, also run by the web before sending)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A resident identity card number (GB 11643-1999): 18 characters with a valid check character and birth date (spaces and a lower-case x allowed). */
export function isValidIdNumber(raw: string): boolean {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** A mainland mobile number or a landline with its area code. */
export const isValidPhone = (p: string) => /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}-?\d{7,8}$/.test(p);

// ------------------------------------------------------------------ requests

const line = (max: number) => z.string().trim().min(1).max(max);

export const reporterSchema = z
  .object({
    name: line(50).optional(),
    phone: z.string().trim().refine(isValidPhone, 'is not a valid mobile or landline number').optional(),
    idNumber: z.string().trim().toUpperCase().refine(isValidIdNumber, 'is not a valid resident identity card number').optional(),
  })
  .strict();

export const attachmentIn = z
  .object({ filename: line(200).refine((f) => !/[\\/]/.test(f) && !f.includes(String.fromCharCode(0)), 'must be a plain file name'), contentBase64: z.string().min(1).max(30_000_000) })
  .strict();

const common = {
  reporter: reporterSchema.optional(),
  unitId: id.optional(),
  personsConcerned: z.array(z.object({ name: line(50), position: line(100).optional() }).strict()).max(20).default([]),
  category: line(50),
  secondaryCategories: z.array(line(50)).max(10).default([]),
  title: line(200),
  body: line(20_000),
  receivedAt: pastInstant.optional(),
  attachments: z.array(attachmentIn).max(10).default([]),
};

/** What the office records for each channel it takes in by hand. */
export const staffIntakeBody = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('hotline'), detail: z.object({ line: line(50), callTime: pastInstant }).strict(), ...common }).strict(),
  z.object({ channel: z.literal('complaint_box'), detail: z.object({ box: line(200), openedOn: pastDay.optional() }).strict(), ...common }).strict(),
  z.object({ channel: z.literal('media'), detail: z.object({ outlet: line(100), publishedOn: pastDay, link: z.url().max(1000).optional(), contact: line(200).optional() }).strict(), ...common }).strict(),
  z.object({ channel: z.literal('letter'), detail: z.object({ sender: line(200).optional(), senderAddress: line(300).optional(), postmarkedOn: pastDay.optional() }).strict().default({}), ...common }).strict(),
  z.object({ channel: z.literal('walk_in'), detail: z.object({ place: line(200).optional() }).strict().default({}), ...common }).strict(),
]);
export type StaffIntake = z.infer<typeof staffIntakeBody>;
// INTAKE_CHANNELS names exactly the channels of staffIntakeBody (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _intakeChannelsMatch: Same<(typeof INTAKE_CHANNELS)[number], StaffIntake['channel']> = true;

/** The public portal's form: anonymous unless the reporter gives a name or a phone. */
export const publicIntakeBody = z
  .object({
    anonymous: z.boolean(),
    reporter: reporterSchema.optional(),
    unitId: id.optional(),
    category: line(50),
    title: line(200),
    body: line(5_000),
    attachments: z.array(attachmentIn).max(5).default([]),
  })
  .strict();

const nextDue = dueDay.optional();
const reason = line(2000);

/** The body of each step on a case. */
export const actionBodies = {
  accept: z.object({ note: line(2000).optional() }).strict(),
  reject: z.object({ reason }).strict(),
  assign: z.object({ unitId: id.optional(), dueDate: nextDue, note: line(2000).optional() }).strict(),
  transfer: z.object({ unitId: id, reason, dueDate: nextDue }).strict(),
  remind: z.object({ note: line(2000).optional() }).strict(),
  escalate: z.object({ reason }).strict(),
  request_extension: z.object({ workdays: z.number().int().min(1).max(60), reason }).strict(),
  grant_extension: z.object({ dueDate: dueDay, note: line(2000).optional() }).strict(),
  respond: z
    .object({ findings: line(10_000), measures: line(10_000), substantiated: z.enum(SUBSTANTIATED), attachments: z.array(attachmentIn).max(10).default([]) })
    .strict(),
  verify_close: z.object({ note: line(2000).optional() }).strict(),
  return: z.object({ reason, dueDate: nextDue }).strict(),
  follow_up: z.object({ satisfaction: z.enum(SATISFACTION), comment: line(2000).optional(), reopen: z.boolean().default(false) }).strict(),
  reopen: z.object({ reason, dueDate: nextDue }).strict(),
  merge: z.object({ intoCaseId: bigId, reason: line(2000).optional() }).strict(),
} as const;

export const accountabilityBody = z
  .object({
    targetKind: z.enum(['person', 'unit']),
    personName: line(50).optional(),
    personPosition: line(100).optional(),
    unitId: id.optional(),
    outcome: z.enum(ACCOUNTABILITY_OUTCOMES),
    decisionDate: pastDay,
    documentNo: line(100),
    decidedBy: line(100),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.targetKind === 'person' && !v.personName) ctx.addIssue({ code: 'custom', path: ['personName'], message: 'is required for a person' });
    if (v.targetKind === 'unit' && !v.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'is required for a unit' });
  });

export const listQuery = z
  .object({
    status: z.union([z.enum(STATUSES), z.array(z.enum(STATUSES))]).optional(),
    channel: z.enum(CHANNELS).optional(),
    category: line(50).optional(),
    unitId: idParam.optional(),
    deadline: z.enum(DEADLINE_FILTERS).optional(),
    from: day.optional(),
    to: day.optional(),
    q: line(100).optional(),
    sort: z.enum(SORTS).default('received_desc'),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuery>;
/** GET /api/cases/counts: the list's filters but the status (the counts are per status) and the paging. */
export const countsQuery = listQuery.omit({ status: true, sort: true, cursor: true, limit: true });
export type CountsQuery = z.infer<typeof countsQuery>;
export type ListQueryIn = z.input<typeof listQuery>;
/** The body of a step, as the client sends it. */
export type ActionBody<A extends Action> = z.input<(typeof actionBodies)[A]>;

/** The steps the office takes on many cases at once from the list. */
export const BULK_ACTIONS = ['accept', 'assign', 'remind'] as const satisfies readonly Action[];
export type BulkAction = (typeof BULK_ACTIONS)[number];
/** At most this many cases in one bulk step (four pages of the list). */
export const BULK_MAX = 200;
const bulkIds = z
  .array(bigId)
  .min(1)
  .max(BULK_MAX)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name a case twice' });
/** POST /api/cases/bulk: one step, with one body, on each case named; each case is its own change. */
export const bulkBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), ids: bulkIds, body: actionBodies.accept.default({}) }).strict(),
  z.object({ action: z.literal('assign'), ids: bulkIds, body: actionBodies.assign }).strict(),
  z.object({ action: z.literal('remind'), ids: bulkIds, body: actionBodies.remind.default({}) }).strict(),
]);
export type BulkIn = z.input<typeof bulkBody>;
/** Each case's outcome, in the order sent: taken, or refused with the problem a single step would have answered. */
export const bulkOut = z.object({
  results: z.array(
    z.object({
      id: z.number(),
      ok: z.boolean(),
      problem: z.object({ code: z.string(), status: z.number(), detail: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() }).optional(),
    }),
  ),
});
export type BulkResult = Wire<z.output<typeof bulkOut>>['results'][number];
export type StaffIntakeIn = z.input<typeof staffIntakeBody>;
export type PublicIntakeIn = z.input<typeof publicIntakeBody>;
export type AccountabilityIn = z.input<typeof accountabilityBody>;

// ------------------------------------------------------------------ responses

export const listItemOut = z.object({
  id: z.number(),
  code: z.string(),
  channel: z.string(),
  category: z.string(),
  title: z.string(),
  status: z.enum(STATUSES),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  assignedUnitId: z.number().nullable(),
  assignedUnitName: z.string().nullable(),
  receivedAt: z.string(),
  dueDate: z.string().nullable(),
  /** Set only while the case is with a unit. */
  deadline: z.enum(DEADLINE_STATES).nullable(),
  escalationLevel: z.number(),
  anonymous: z.boolean(),
});

export const pageOut = z.object({ items: z.array(listItemOut), nextCursor: z.string().nullable() });

export const timelineEventOut = z.object({
  id: z.number(),
  ts: z.string(),
  action: z.string(),
  /** office, liaison, system or public */
  actorKind: z.string(),
  actorName: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export const attachmentOut = z.object({ id: z.number(), filename: z.string(), mime: z.string(), size: z.number(), eventId: z.number().nullable(), createdAt: z.string() });
/** author: office or public */
export const messageOut = z.object({ id: z.number(), author: z.string(), body: z.string(), ts: z.string() });
export const accountabilityOut = z.object({
  id: z.number(),
  targetKind: z.string(),
  personName: z.string().nullable(),
  personPosition: z.string().nullable(),
  unitId: z.number().nullable(),
  outcome: z.string(),
  decisionDate: z.string(),
  documentNo: z.string(),
  decidedBy: z.string(),
});

export const detailOut = listItemOut.extend({
  channelDetail: z.record(z.string(), z.unknown()),
  body: z.string(),
  personsConcerned: z.array(z.object({ name: z.string(), position: z.string().optional() })),
  secondaryCategories: z.array(z.string()),
  substantiated: z.string().nullable(),
  satisfaction: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  hasReporter: z.boolean(),
  /** Filed on the portal: the reporter holds a receipt and can read the office's messages. */
  publicReceipt: z.boolean(),
  allowedActions: z.array(z.string()),
  canRecordAccountability: z.boolean(),
  timeline: z.array(timelineEventOut),
  attachments: z.array(attachmentOut),
  messages: z.array(messageOut),
  accountability: z.array(accountabilityOut),
});

export const filedOut = z.object({ id: z.number(), code: z.string() });

export const countsOut = z.object({ byStatus: z.record(z.string(), z.number()), overdue: z.number(), dueSoon: z.number() });

export const satisfactionOut = z.array(
  z.object({ unitId: z.number(), satisfied: z.number(), basically_satisfied: z.number(), unsatisfied: z.number(), total: z.number(), rate: z.number().nullable() }),
);

export const reporterOut = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  /** Identifying channel details sealed with the reporter: sender, senderAddress, contact, address, lat, long. */
  details: z.record(z.string(), z.string()),
});

/** A handling deadline in working days for a channel and/or a category; null means any. */
export const deadlineRuleOut = z.object({ channel: z.string().nullable(), category: z.string().nullable(), workdays: z.number() });
/** `default` applies where no rule does. */
export const deadlineRulesOut = z.object({ default: z.number(), rules: z.array(deadlineRuleOut) });
/** Set (workdays) or remove (workdays null) the rule for a channel and/or category. */
export const deadlineRuleBody = z
  .object({ channel: z.enum(CHANNELS).nullable(), category: z.string().max(50).nullable(), workdays: z.number().int().min(1).max(120).nullable() })
  .strict();

/** The portal's answer to a filed complaint: the receipt, shown this once. */
export const publicFiledOut = z.object({ code: z.string(), receipt: z.string() });

/** What a reporter sees with the receipt. */
export const trackOut = z.object({
  code: z.string(),
  status: z.string(),
  category: z.string(),
  title: z.string(),
  unitName: z.string().nullable(),
  receivedAt: z.string(),
  progress: z.array(z.object({ ts: z.string(), step: z.string(), reason: z.string().nullable() })),
  messages: z.array(z.object({ author: z.string(), body: z.string(), ts: z.string() })),
});

export type CaseListItem = Wire<z.output<typeof listItemOut>>;
export type CasePage = Wire<z.output<typeof pageOut>>;
export type CaseDetail = Wire<z.output<typeof detailOut>>;
export type TimelineEvent = Wire<z.output<typeof timelineEventOut>>;
export type CaseAttachment = Wire<z.output<typeof attachmentOut>>;
export type CaseMessage = Wire<z.output<typeof messageOut>>;
export type AccountabilityOutcome = Wire<z.output<typeof accountabilityOut>>;
export type FiledCase = Wire<z.output<typeof filedOut>>;
export type CaseCounts = Wire<z.output<typeof countsOut>>;
export type UnitSatisfaction = Wire<z.output<typeof satisfactionOut>>[number];
export type Reporter = Wire<z.output<typeof reporterOut>>;
export type PublicFiled = Wire<z.output<typeof publicFiledOut>>;
export type Tracked = Wire<z.output<typeof trackOut>>;
export type DeadlineRule = Wire<z.output<typeof deadlineRuleOut>>;
export type DeadlineRules = Wire<z.output<typeof deadlineRulesOut>>;
export type DeadlineRuleIn = z.input<typeof deadlineRuleBody>;
