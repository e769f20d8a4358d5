import { z } from 'zod';
import { LEVELS } from './scoring.js';
import { day, id, idParam } from '../../core/http/fields.js';

/** Request and response shapes of the evaluation routes (the OpenAPI document is built from them). */

const line = (max: number) => z.string().trim().min(1).max(max);
export const level = z.enum(LEVELS);

/** A period as the panel's frequency names it: 2011Q1, 2011H2, 2011M03 or 2011. */
export const period = z.string().regex(/^\d{4}(Q[1-4]|H[12]|M(0[1-9]|1[0-2]))?$/, 'must look like 2011Q1, 2011H1, 2011M03 or 2011');

export const rulesOut = z.object({
  scale: z.record(level, z.number()),
  trimFraction: z.number(),
  trimMinCount: z.number(),
  minSample: z.number(),
  weights: z.record(z.string(), z.number()),
});
export const rulesPatch = z
  .object({
    scale: z.object(Object.fromEntries(LEVELS.map((l) => [l, z.number().min(0).max(1000)])) as Record<(typeof LEVELS)[number], z.ZodNumber>).strict().optional(),
    trimFraction: z.number().min(0).max(0.49).optional(),
    trimMinCount: z.number().int().min(1).max(10_000).optional(),
    minSample: z.number().int().min(1).max(10_000).optional(),
    weights: z.record(line(50), z.number().min(0).max(100)).optional(),
  })
  .strict();

export const overviewOut = z.object({
  panels: z.array(z.object({ code: z.string(), name: z.string(), size: z.number(), frequency: z.string() })),
  periods: z.array(z.string()),
  currentPeriod: z.string(),
  rules: rulesOut,
  criteria: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const roundState = z.enum(['scheduled', 'open', 'closed']);
export const roundOut = z.object({
  id: z.number(),
  panel: z.string(),
  panelName: z.string(),
  period: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  state: roundState,
  unitCount: z.number(),
  invited: z.number(),
  drafts: z.number(),
  submitted: z.number(),
  /** submitted / invited, 0 when nobody is invited yet. */
  responseRate: z.number(),
});
export const roundDetailOut = roundOut.extend({ units: z.array(z.object({ id: z.number(), name: z.string() })) });

export const createRoundBody = z
  .object({ panel: line(50), period, opensOn: day, closesOn: day, unitIds: z.array(id).min(1).max(2000).optional() })
  .strict()
  .refine((b) => b.opensOn <= b.closesOn, { path: ['closesOn'], message: 'must not be before opensOn' });
export const patchRoundBody = z
  .object({ opensOn: day.optional(), closesOn: day.optional(), unitIds: z.array(id).min(1).max(2000).optional() })
  .strict();

export const invitationStatus = z.enum(['pending', 'draft', 'submitted']);
export const invitationOut = z.object({
  id: z.number(),
  evaluatorId: z.number(),
  name: z.string(),
  organisation: z.string(),
  contact: z.string().nullable(),
  status: invitationStatus,
  submittedAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  /** Path of the evaluator's link, the token in the fragment (never sent to a server): /portal/evaluate/7#… */
  link: z.string(),
});
export const invitationQuery = z.object({ status: z.enum(['pending', 'draft', 'submitted', 'unanswered']).optional() }).strict();

export const evaluatorOut = z.object({
  id: z.number(),
  panel: z.string(),
  name: z.string(),
  organisation: z.string(),
  contact: z.string().nullable(),
  memberUnitId: z.number().nullable(),
  memberUnitName: z.string().nullable(),
  dealtUnitIds: z.array(z.number()),
  dealtUnitNames: z.array(z.string()),
});
export const evaluatorBody = z
  .object({
    panel: line(50),
    name: line(50),
    organisation: line(200),
    contact: line(100).nullable().optional(),
    memberUnitId: id.nullable().optional(),
    dealtUnitIds: z.array(id).max(2000).default([]),
  })
  .strict();
export const evaluatorPatch = z
  .object({
    panel: line(50).optional(),
    name: line(50).optional(),
    organisation: line(200).optional(),
    contact: line(100).nullable().optional(),
    memberUnitId: id.nullable().optional(),
    dealtUnitIds: z.array(id).max(2000).optional(),
  })
  .strict();
export const evaluatorQuery = z.object({ panel: z.string().max(50).optional(), q: z.string().trim().max(100).optional() }).strict();

export const importBody = z
  .object({ filename: line(200), contentBase64: z.string().min(1).max(14_000_000), confirm: z.boolean().default(false) })
  .strict();
export const importOut = z.object({
  rows: z.array(z.object({ row: z.number(), ok: z.boolean(), name: z.string().nullable(), errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
  accepted: z.number(),
  refused: z.number(),
  /** Rows written: 0 unless confirm was true. */
  imported: z.number(),
});

const panelResult = z.object({
  n: z.number(),
  excluded: z.number(),
  score: z.number().nullable(),
  sufficient: z.boolean(),
  criteria: z.record(z.string(), z.number().nullable()),
});
export const resultUnitOut = z.object({
  unitId: z.number(),
  unitName: z.string(),
  panels: z.record(z.string(), panelResult),
  combined: z.number().nullable(),
  rank: z.number().nullable(),
  previousScore: z.number().nullable(),
  previousRank: z.number().nullable(),
  scoreChange: z.number().nullable(),
  rankChange: z.number().nullable(),
  /** Answers per level over all panels (counted answers, by their overall rating). */
  distribution: z.record(level, z.number()),
});
export const resultsOut = z.object({
  period: z.string(),
  previousPeriod: z.string().nullable(),
  panels: z.array(z.object({ code: z.string(), name: z.string() })),
  units: z.array(resultUnitOut),
  responseRates: z.array(z.object({ panel: z.string(), invited: z.number(), submitted: z.number(), rate: z.number() })),
});
export const periodQuery = z.object({ period }).strict();
export const trendOut = z.object({ items: z.array(z.object({ period: z.string(), combined: z.number().nullable(), rank: z.number().nullable(), ranked: z.number() })) });

export const commentOut = z.object({
  answerId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  panel: z.string(),
  period: z.string(),
  comment: z.string(),
  caseId: z.number().nullable(),
  caseCode: z.string().nullable(),
  /** Released to the unit it is about; never true once filed as a case. */
  released: z.boolean(),
});
export const releaseCommentBody = z.object({ release: z.boolean() }).strict();
export const commentQuery = z.object({ period: period.optional(), unitId: idParam.optional() }).strict();
export const commentToCaseBody = z.object({ category: line(50), title: line(200).optional() }).strict();

export const publicationOut = z.object({
  id: z.number(),
  period: z.string(),
  version: z.number(),
  status: z.enum(['pending', 'approved']),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
});
export const createPublicationBody = z.object({ period, note: line(500).optional() }).strict();

export const myUnitOut = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  periods: z.array(
    z.object({
      period: z.string(),
      /** The approved version shown, and when it was approved. */
      version: z.number(),
      publishedAt: z.string(),
      combined: z.number().nullable(),
      rank: z.number().nullable(),
      ranked: z.number(),
      panels: z.record(z.string(), z.object({ n: z.number().nullable(), score: z.number().nullable(), sufficient: z.boolean() })),
      comments: z.array(z.object({ panel: z.string(), comment: z.string() })),
    }),
  ),
});

export const publicRankingListOut = z.object({
  items: z.array(z.object({ period: z.string(), version: z.number(), publishedAt: z.string() })),
});
export const publicRankingOut = z.object({
  period: z.string(),
  version: z.number(),
  publishedAt: z.string(),
  /** Every approved version, newest first; a later one is a correction, its note says what changed. */
  versions: z.array(z.object({ version: z.number(), publishedAt: z.string(), note: z.string().nullable() })),
  panels: z.array(z.object({ code: z.string(), name: z.string() })),
  units: z.array(z.object({ rank: z.number().nullable(), unitName: z.string(), combined: z.number().nullable(), panels: z.record(z.string(), z.number().nullable()) })),
});

/** The evaluator's side: the token travels in the body, never in a URL. */
const token = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'is not an invitation token');
export const answerIn = z
  .object({
    unitId: id,
    notDealt: z.boolean().default(false),
    levels: z.record(line(50), level).default({}),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict();
export const tokenBody = z.object({ roundId: id, token }).strict();
export const answersBody = z.object({ roundId: id, token, answers: z.array(answerIn).max(2000) }).strict();
export const questionnaireOut = z.object({
  round: z.object({ id: z.number(), panel: z.string(), panelName: z.string(), period: z.string(), closesOn: z.string() }),
  evaluator: z.object({ name: z.string() }),
  criteria: z.array(z.object({ code: z.string(), name: z.string() })),
  levels: z.array(z.object({ code: level, points: z.number() })),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  draft: z.object({ answers: z.array(answerIn), savedAt: z.string() }).nullable(),
});
