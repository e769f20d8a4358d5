import type { TFunction } from 'i18next';
import { ApiError } from '../../api';
import { problemText } from '../../problems';

// Refusals the evaluation routes name with a stable code, worded here in the reader's language.
const CODES = ['round_exists', 'evaluator_invited', 'round_closed', 'round_answered', 'already_approved', 'no_unit', 'rounds_open', 'comment_filed'] as const;

/** The sentence for a failed evaluation request. */
export function evaluationProblemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const code = error.problem.type?.split('#')[1] ?? '';
    if ((CODES as readonly string[]).includes(code)) return t(`evaluations.problems.${code as (typeof CODES)[number]}`);
  }
  return problemText(error, t);
}
