import { App } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api';
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

/**
 * For a change refused with 409 (the finding was filed or withdrawn, or the round ended,
 * meanwhile): says why in a message, since the reloaded round closes the dialog it came from.
 */
export function useConflictMessage(): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (error) => {
    if (isApiError(error, 409)) void message.error(inspectionProblemText(error, t));
  };
}
