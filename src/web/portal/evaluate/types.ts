/** The evaluator's side of the evaluation routes, as in src/modules/evaluations/schema.ts. */

export const LEVELS = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type Level = (typeof LEVELS)[number];

/** The criterion every rated unit needs; the others (the plan's problem categories) may be left blank. */
export const OVERALL = 'overall';

export interface Named {
  id: number;
  name: string;
}

/** POST /api/public/evaluate/open */
export interface Questionnaire {
  round: { id: number; panel: string; panelName: string; period: string; closesOn: string };
  evaluator: { name: string };
  criteria: { code: string; name: string }[];
  levels: { code: Level; points: number }[];
  units: Named[];
  draft: { answers: AnswerIn[]; savedAt: string } | null;
}

/** One unit's answer as the server takes and gives it back. */
export interface AnswerIn {
  unitId: number;
  notDealt?: boolean;
  levels?: Record<string, Level>;
  comment?: string;
}

export interface Saved {
  savedAt: string;
}

export interface Submitted {
  submittedAt: string;
}
