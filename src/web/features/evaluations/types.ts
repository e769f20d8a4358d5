// Mirrors src/modules/evaluations/schema.ts; the server stays the authority.

/** The five answer levels, best to worst. */
export const LEVELS = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type Level = (typeof LEVELS)[number];

export const ROUND_STATES = ['scheduled', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const INVITATION_STATUSES = ['pending', 'draft', 'submitted'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
/** The invitation list's filter: a status, or every invitation not yet submitted. */
export type InvitationFilter = InvitationStatus | 'unanswered';

/** The criterion that rates a unit as a whole; the others are the plan's problem categories. */
export const OVERALL = 'overall';

export interface Rules {
  scale: Record<Level, number>;
  trimFraction: number;
  trimMinCount: number;
  minSample: number;
  weights: Record<string, number>;
}

export interface Panel {
  code: string;
  name: string;
  size: number;
  frequency: string;
}

export interface Overview {
  panels: Panel[];
  /** Periods that have rounds, newest first. */
  periods: string[];
  currentPeriod: string;
  rules: Rules;
  criteria: { code: string; name: string }[];
}

export interface Round {
  id: number;
  panel: string;
  panelName: string;
  period: string;
  opensOn: string;
  closesOn: string;
  closedAt: string | null;
  state: RoundState;
  unitCount: number;
  invited: number;
  drafts: number;
  submitted: number;
  /** submitted / invited, 0 when nobody is invited yet. */
  responseRate: number;
}

export interface RoundDetail extends Round {
  units: { id: number; name: string }[];
}

export interface NewRound {
  panel: string;
  period: string;
  opensOn: string;
  closesOn: string;
  unitIds?: number[];
}

export interface RoundChange {
  opensOn?: string;
  closesOn?: string;
  unitIds?: number[];
}

export interface Invitation {
  id: number;
  evaluatorId: number;
  name: string;
  organisation: string;
  contact: string | null;
  status: InvitationStatus;
  submittedAt: string | null;
  remindedAt: string | null;
  /** Path of the evaluator's link, the token in the fragment: /portal/evaluate/7#… */
  link: string;
}

export interface Evaluator {
  id: number;
  panel: string;
  name: string;
  organisation: string;
  contact: string | null;
  memberUnitId: number | null;
  memberUnitName: string | null;
  dealtUnitIds: number[];
  dealtUnitNames: string[];
}

export interface EvaluatorInput {
  panel: string;
  name: string;
  organisation: string;
  contact: string | null;
  memberUnitId: number | null;
  dealtUnitIds: number[];
}

export interface ImportReport {
  rows: { row: number; ok: boolean; name: string | null; errors: { field: string; message: string }[] }[];
  accepted: number;
  refused: number;
  /** Rows written: 0 unless the import was confirmed. */
  imported: number;
}

export interface PanelResult {
  n: number;
  excluded: number;
  score: number | null;
  sufficient: boolean;
  criteria: Record<string, number | null>;
}

export interface UnitResult {
  unitId: number;
  unitName: string;
  panels: Record<string, PanelResult>;
  combined: number | null;
  /** null: too few answers to rank the unit. */
  rank: number | null;
  previousScore: number | null;
  previousRank: number | null;
  scoreChange: number | null;
  /** previousRank - rank: positive means the unit moved up. */
  rankChange: number | null;
  distribution: Record<Level, number>;
}

export interface ResponseRate {
  panel: string;
  invited: number;
  submitted: number;
  rate: number;
}

export interface Results {
  period: string;
  previousPeriod: string | null;
  panels: { code: string; name: string }[];
  units: UnitResult[];
  responseRates: ResponseRate[];
}

export interface TrendPoint {
  period: string;
  combined: number | null;
  rank: number | null;
  ranked: number;
}

export interface EvaluationComment {
  answerId: number;
  unitId: number;
  unitName: string;
  panel: string;
  period: string;
  comment: string;
  caseId: number | null;
  caseCode: string | null;
  /** Released to the unit it is about; never once filed as a case. */
  released: boolean;
}

export interface Publication {
  id: number;
  period: string;
  version: number;
  status: 'pending' | 'approved';
  note: string | null;
  createdAt: string;
  createdBy: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
}

export interface MyUnitPeriod {
  period: string;
  combined: number | null;
  rank: number | null;
  ranked: number;
  panels: Record<string, { n: number; score: number | null; sufficient: boolean }>;
  comments: { panel: string; comment: string }[];
}

export interface MyUnit {
  unit: { id: number; name: string };
  periods: MyUnitPeriod[];
}

export interface Items<T> {
  items: T[];
}

export function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
