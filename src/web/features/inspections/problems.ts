import { App } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../common/api';
import { problemText } from '../../common/problems';
import { problemCode } from '../../common/problemWords';
import { statusLabel } from './labels';

/**
 * The sentence for a failed inspection request: the inspection codes' words come from the
 * inspections contract's catalogue (through problemText); a round's refused change is worded here.
 */
export function inspectionProblemText(error: unknown, t: TFunction): string {
  // Unlike a case's, a round's refused change names the round's status (unless it moved meanwhile).
  if (error instanceof ApiError && problemCode(error.problem) === 'illegal_transition') {
    const status = error.problem.roundStatus;
    return status ? t('inspections.problems.illegal_transition', { status: statusLabel(t, status) }) : t('inspections.problems.changed');
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
