import { z } from 'zod';
import type { Wire } from '../../core/http/wire.js';
import { catalogue, type ProblemEntry } from '../../core/contract.js';
import { day, id, idParam } from '../../core/http/fields.js';

/**
 * The evaluation routes' contract: their enums, problems, request and response shapes (the
 * OpenAPI document is built from them), shared by the server and the web. Web-safe.
 */

// ------------------------------------------------------------------ enums

/** The five answer levels, best to worst. */
export const LEVELS = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type Level = (typeof LEVELS)[number];

/** The criterion that rates a unit as a whole; the others are the plan's problem categories. */
export const OVERALL = 'overall';

export const ROUND_STATES = ['scheduled', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const INVITATION_STATUSES = ['pending', 'draft', 'submitted'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
/** The invitation list's filter: a status, or every invitation not yet submitted. */
export const INVITATION_FILTERS = [...INVITATION_STATUSES, 'unanswered'] as const;
export type InvitationFilter = (typeof INVITATION_FILTERS)[number];

export const PUBLICATION_STATUSES = ['pending', 'approved'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

// ------------------------------------------------------------------ problems

/** Why an evaluator's link does not work, in the order an evaluator should hear it. */
export const INVITATION_PROBLEMS = ['unknown_token', 'wrong_round', 'invitation_submitted', 'evaluation_closed', 'round_not_open'] as const;
export type InvitationProblem = (typeof INVITATION_PROBLEMS)[number];

/** The evaluator's side: what is wrong with an invitation link (the portal shows these). */
export const invitationProblems = catalogue({
  unknown_token: { status: 404, zh: '链接无效', en: 'This link is not valid' },
  wrong_round: { status: 409, zh: '该链接不属于本轮评议', en: 'This link belongs to another round' },
  invitation_submitted: { status: 410, zh: '您已提交过本轮评议', en: 'You have already submitted this round' },
  /** The evaluator's round has ended: the link no longer opens (unlike round_closed, the office's change refused). */
  evaluation_closed: { status: 410, zh: '本轮评议已结束', en: 'This round has ended' },
  round_not_open: { status: 409, zh: '本轮评议尚未开始', en: 'This round has not started yet' },
} satisfies Record<InvitationProblem, ProblemEntry>);

export const problems = catalogue({
  // The office's side.
  round_exists: { status: 409, zh: '该评议组本期已有评议轮次，不能重复创建。请在列表中打开已有的轮次。', en: 'This panel already has a round for the period; open that round from the list instead.' },
  /** The office cannot change a round that has ended; also in the inspections' catalogue. */
  round_closed: { status: 409, zh: '本轮已结束，不能再更改。', en: 'The round has ended and can no longer be changed.' },
  round_answered: { status: 409, zh: '已有评议人提交答卷，不能再调整本轮的被评议单位。', en: "Answers have already come in, so the round's units can no longer change." },
  rounds_open: { status: 409, zh: '本期还有评议轮次未结束。请先结束本期所有轮次，排名确定后再提交或批准公布。', en: 'A round of this period is still open. Close every round of the period before its ranking is submitted or approved.' },
  already_approved: { status: 409, zh: '该版本已批准公布，不能再更改；如需更正，请提交新版本。', en: 'This version is already approved and cannot change; a correction is a new version.' },
  comment_filed: { status: 409, zh: '该意见已转为案件，不能发给被评议单位。', en: 'This comment became a case, so it is not released to the unit.' },
  evaluator_invited: { status: 409, zh: '该评议人已收到过评议邀请，为保证评议记录完整，不能删除或更换评议组。', en: 'This evaluator has already been invited, so they stay in the registry and on their panel to keep the evaluation record complete.' },
  no_unit: { status: 409, zh: '您的账号尚未关联单位，请联系活动办公室管理员。', en: "Your account is not linked to a unit. Ask the campaign office's administrator." },
  ...invitationProblems,
});

// ------------------------------------------------------------------ shapes

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
  /** The period of today, within the campaign (a past campaign's last one). */
  currentPeriod: z.string(),
  /** The campaign's first and last day: a round's period and days fall within them. */
  campaign: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  rules: rulesOut,
  criteria: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const roundState = z.enum(ROUND_STATES);
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

export const invitationStatus = z.enum(INVITATION_STATUSES);
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
export const invitationsIssuedOut = z.object({ created: z.number(), total: z.number() });
export const remindedOut = z.object({ reminded: z.number() });
export const invitationQuery = z.object({ status: z.enum(INVITATION_FILTERS).optional() }).strict();

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
/** The case a comment became (200 when it already was one). */
export const commentCaseOut = z.object({ caseId: z.number(), code: z.string() });
export const releaseCommentBody = z.object({ release: z.boolean() }).strict();
export const commentQuery = z.object({ period: period.optional(), unitId: idParam.optional() }).strict();
export const commentToCaseBody = z.object({ category: line(50), title: line(200).optional() }).strict();

export const publicationOut = z.object({
  id: z.number(),
  period: z.string(),
  version: z.number(),
  status: z.enum(PUBLICATION_STATUSES),
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
export const savedOut = z.object({ savedAt: z.string() });
export const submittedOut = z.object({ submittedAt: z.string() });
export const questionnaireOut = z.object({
  round: z.object({ id: z.number(), panel: z.string(), panelName: z.string(), period: z.string(), closesOn: z.string() }),
  evaluator: z.object({ name: z.string() }),
  criteria: z.array(z.object({ code: z.string(), name: z.string() })),
  levels: z.array(z.object({ code: level, points: z.number() })),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  draft: z.object({ answers: z.array(answerIn), savedAt: z.string() }).nullable(),
});

export type Rules = Wire<z.output<typeof rulesOut>>;
export type RulesChange = z.input<typeof rulesPatch>;
export type Overview = Wire<z.output<typeof overviewOut>>;
export type Panel = Overview['panels'][number];
export type Round = Wire<z.output<typeof roundOut>>;
export type RoundDetail = Wire<z.output<typeof roundDetailOut>>;
export type NewRound = z.input<typeof createRoundBody>;
export type RoundChange = z.input<typeof patchRoundBody>;
export type Invitation = Wire<z.output<typeof invitationOut>>;
export type Evaluator = Wire<z.output<typeof evaluatorOut>>;
export type EvaluatorInput = z.input<typeof evaluatorBody>;
export type EvaluatorChange = z.input<typeof evaluatorPatch>;
export type ImportIn = z.input<typeof importBody>;
export type ImportReport = Wire<z.output<typeof importOut>>;
export type PanelResult = Wire<z.output<typeof panelResult>>;
export type UnitResult = Wire<z.output<typeof resultUnitOut>>;
export type Results = Wire<z.output<typeof resultsOut>>;
export type ResponseRate = Results['responseRates'][number];
export type TrendPoint = Wire<z.output<typeof trendOut>>['items'][number];
export type EvaluationComment = Wire<z.output<typeof commentOut>>;
export type CommentCase = Wire<z.output<typeof commentCaseOut>>;
export type InvitationsIssued = Wire<z.output<typeof invitationsIssuedOut>>;
export type Reminded = Wire<z.output<typeof remindedOut>>;
export type Publication = Wire<z.output<typeof publicationOut>>;
export type MyUnit = Wire<z.output<typeof myUnitOut>>;
export type MyUnitPeriod = MyUnit['periods'][number];
export type PublicRankingList = Wire<z.output<typeof publicRankingListOut>>;
export type PublicRanking = Wire<z.output<typeof publicRankingOut>>;
/** The evaluator's side: the questionnaire a link opens, and one unit's answer as sent. */
export type Questionnaire = Wire<z.output<typeof questionnaireOut>>;
export type QuestionnaireUnit = Questionnaire['units'][number];
export type AnswerIn = z.input<typeof answerIn>;
export type Saved = Wire<z.output<typeof savedOut>>;
export type Submitted = Wire<z.output<typeof submittedOut>>;

/** How a score is written wherever it is shown, the console and the portal alike: one decimal (86.4). */
export const scoreText = (score: number): string => score.toFixed(1);
