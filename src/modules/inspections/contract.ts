import { z } from 'zod';
import type { Wire } from '../../core/http/wire.js';
import { catalogue } from '../../core/contract.js';
import { day, id, instant } from '../../core/http/fields.js';

/**
 * The inspection routes' contract: their enums, problems, request and response shapes (the
 * OpenAPI document is built from them), shared by the server and the web. Web-safe.
 */

export const ROUND_KINDS = ['open', 'covert'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_STATUSES = ['planned', 'in_progress', 'closed', 'cancelled'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const problems = catalogue({
  /** The office cannot change a round that has ended (closed or cancelled); also in the evaluations' catalogue. */
  round_closed: { status: 409, zh: '本轮已结束，不能再更改。', en: 'The round has ended and can no longer be changed.' },
  round_not_in_progress: { status: 409, zh: '检查不在进行中，不能记录问题。', en: 'The inspection is not in progress, so findings cannot be recorded.' },
  round_finished: { status: 409, zh: '检查已结束，其中的问题不能再修改或撤回。', en: 'The inspection has ended; its findings can no longer be changed or withdrawn.' },
  finding_filed: { status: 409, zh: '这条问题已转为案件，请在案件中更正。', en: 'This finding has been filed as a case; correct the case instead.' },
  finding_withdrawn: { status: 409, zh: '这条问题已被撤回。', en: 'This finding has been withdrawn.' },
});

const line = (max: number) => z.string().trim().min(1).max(max);
const kind = z.enum(ROUND_KINDS);
const status = z.enum(ROUND_STATUSES);
const externalMember = z.object({ name: line(50), affiliation: line(100) }).strict();

export const roundQuery = z.object({ status: status.optional(), kind: kind.optional() }).strict();

export const createRoundBody = z
  .object({
    kind,
    title: line(200),
    startsOn: day,
    endsOn: day,
    unitIds: z.array(id).min(1).max(500),
    memberIds: z.array(id).max(50).default([]),
    externalMembers: z.array(externalMember).max(50).default([]),
    notes: z.string().trim().max(2000).optional(),
  })
  .strict();

export const patchRoundBody = z
  .object({
    title: line(200).optional(),
    startsOn: day.optional(),
    endsOn: day.optional(),
    unitIds: z.array(id).min(1).max(500).optional(),
    memberIds: z.array(id).max(50).optional(),
    externalMembers: z.array(externalMember).max(50).optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();

export const transitionBody = z.object({ to: status }).strict();

export const findingBody = z
  .object({
    unitId: id,
    category: line(50),
    title: line(200),
    description: line(5000),
    /** When it was seen; not in the future. Defaults to now. */
    observedAt: instant.optional(),
  })
  .strict();

export const changeFindingBody = z
  .object({
    unitId: id.optional(),
    category: line(50).optional(),
    title: line(200).optional(),
    description: line(5000).optional(),
    observedAt: instant.optional(),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'name at least one field to change' });

export const withdrawFindingBody = z.object({ reason: line(500) }).strict();

export const roundOut = z.object({
  id: z.number(),
  kind,
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status,
  unitCount: z.number(),
  memberCount: z.number(),
  findingCount: z.number(),
  filedCount: z.number(),
});

export const findingOut = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  category: z.string(),
  title: z.string(),
  description: z.string(),
  observedAt: z.string(),
  recordedBy: z.object({ id: z.number(), displayName: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  caseId: z.number().nullable(),
  caseCode: z.string().nullable(),
  /** Set when the finding was withdrawn: it stays on the round, and counts no more. */
  withdrawn: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
  /** Whether the caller may correct or withdraw it now. */
  mayChange: z.boolean(),
});

export const roundDetailOut = roundOut.extend({
  notes: z.string().nullable(),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  members: z.array(z.object({ id: z.number(), displayName: z.string() })),
  externalMembers: z.array(z.object({ name: z.string(), affiliation: z.string() })),
  findings: z.array(findingOut),
  /** The status changes the caller may make now (empty for those who may not manage rounds). */
  allowedTransitions: z.array(status),
  mayManage: z.boolean(),
  mayRecord: z.boolean(),
});

export const inspectorOut = z.object({ id: z.number(), displayName: z.string(), username: z.string() });
export const filedCaseOut = z.object({ caseId: z.number(), code: z.string() });

export type Round = Wire<z.output<typeof roundOut>>;
export type Finding = Wire<z.output<typeof findingOut>>;
export type RoundDetail = Wire<z.output<typeof roundDetailOut>>;
export type Inspector = Wire<z.output<typeof inspectorOut>>;
export type FiledFinding = Wire<z.output<typeof filedCaseOut>>;
/** A member from outside the government: a deputy, a supervisor, a reporter… */
export type ExternalMember = z.input<typeof externalMember>;
export type RoundQuery = z.input<typeof roundQuery>;
export type NewRound = z.input<typeof createRoundBody>;
/** A change to a round; notes null clears them. */
export type RoundChange = z.input<typeof patchRoundBody>;
export type NewFinding = z.input<typeof findingBody>;
export type FindingChange = z.input<typeof changeFindingBody>;
