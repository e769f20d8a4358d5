import { LEVELS, OVERALL, type AnswerIn, type Level, type Named } from './types';

export const COMMENT_MAX = 1000;

/** One unit's answer while it is being filled in. */
export interface Answer {
  notDealt: boolean;
  levels: Partial<Record<string, Level>>;
  comment: string;
}

/** Unit id → answer; a unit not touched yet has no entry. */
export type Answers = Record<number, Answer>;

export const EMPTY_ANSWER: Answer = { notDealt: false, levels: {}, comment: '' };

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Rated means counted: the evaluator did not deal with the unit, or gave it at least an overall rating. */
export function isRated(answer: Answer | undefined): boolean {
  return Boolean(answer && (answer.notDealt || answer.levels[OVERALL]));
}

export function hasContent(answer: Answer | undefined): boolean {
  return Boolean(answer && (answer.notDealt || Object.values(answer.levels).some(Boolean) || answer.comment.trim()));
}

export type UnitState = 'rated' | 'notDealt' | 'partial' | 'blank';

export function unitState(answer: Answer | undefined): UnitState {
  if (answer?.notDealt) return 'notDealt';
  if (isRated(answer)) return 'rated';
  return hasContent(answer) ? 'partial' : 'blank';
}

export function progress(answers: Answers, units: Named[]): { rated: number; total: number } {
  return { rated: units.filter((unit) => isRated(answers[unit.id])).length, total: units.length };
}

/** Answers given back by the server (a draft), or kept on this device, keeping only this questionnaire's units and criteria. */
export function fromServer(given: AnswerIn[], units: Named[], criteria: string[]): Answers {
  const unitIds = new Set(units.map((unit) => unit.id));
  const answers: Answers = {};
  for (const item of given) {
    if (!unitIds.has(item.unitId)) continue;
    const levels: Partial<Record<string, Level>> = {};
    for (const [code, level] of Object.entries(item.levels ?? {})) if (criteria.includes(code) && isLevel(level)) levels[code] = level;
    answers[item.unitId] = { notDealt: item.notDealt === true, levels, comment: (item.comment ?? '').slice(0, COMMENT_MAX) };
  }
  return answers;
}

/**
 * The body's answers, in the order of the units, for every unit with something filled in.
 * A unit marked as not dealt with carries no ratings (they stay on screen, greyed, in case the mark is undone).
 */
export function toServer(answers: Answers, units: Named[]): AnswerIn[] {
  const body: AnswerIn[] = [];
  for (const unit of units) {
    const answer = answers[unit.id];
    if (!answer || !hasContent(answer)) continue;
    const levels: Record<string, Level> = {};
    if (!answer.notDealt) for (const [code, level] of Object.entries(answer.levels)) if (level) levels[code] = level;
    const comment = answer.comment.trim();
    body.push({ unitId: unit.id, notDealt: answer.notDealt, levels, ...(comment ? { comment } : {}) });
  }
  return body;
}

/** The units a 400's field errors point at (`answers[2].levels.overall` or ['answers', 2, …]), given the answers that were sent. */
export function unitsInErrors(errors: { path: string | (string | number)[] }[], sent: AnswerIn[]): number[] {
  const found = new Set<number>();
  for (const error of errors) {
    const path = Array.isArray(error.path) ? error.path.join('.') : error.path;
    const match = /^(?:body\.)?answers(?:\[(\d+)\]|\.(\d+))/.exec(path);
    const index = match ? Number(match[1] ?? match[2]) : NaN;
    const unitId = sent[index]?.unitId;
    if (unitId !== undefined) found.add(unitId);
  }
  return [...found];
}
