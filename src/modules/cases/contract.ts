import { z } from 'zod';
import { ACCOUNTABILITY_OUTCOMES } from '../plan/schema.js';
import { CHANNELS, isValidIdNumber, isValidPhone, SATISFACTION, STATUSES, SUBSTANTIATED } from './rules.js';
import { bigId, day, dueDay, id, idParam, pastDay, pastInstant } from '../../core/http/fields.js';

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
    deadline: z.enum(['overdue', 'due_soon']).optional(),
    from: day.optional(),
    to: day.optional(),
    q: line(100).optional(),
    sort: z.enum(['received_desc', 'received_asc', 'due_asc']).default('received_desc'),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuery>;
