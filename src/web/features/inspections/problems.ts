import type { TFunction } from 'i18next';
import { ApiError } from '../../api';
import { problemText } from '../../problems';
import { statusLabel } from './labels';

// Refusals the inspection routes name with a stable code, worded here in the reader's language.
const CODES = ['round_closed', 'round_not_in_progress', 'round_finished', 'finding_filed', 'finding_withdrawn'] as const;

/** The sentence for a failed inspection request. */
export function inspectionProblemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const code = error.problem.type?.split('#')[1] ?? '';
    // Unlike a case's, a round's refused change names the round's status (unless it moved meanwhile).
    if (code === 'illegal_transition') {
      const status = error.problem.roundStatus;
      return status ? t('inspections.problems.illegal_transition', { status: statusLabel(t, status) }) : t('inspections.problems.changed');
    }
    if ((CODES as readonly string[]).includes(code)) return t(`inspections.problems.${code as (typeof CODES)[number]}`);
  }
  return problemText(error, t);
}
