import type { TFunction } from 'i18next';
import { FREQUENCIES, ACCOUNTABILITY_OUTCOMES as OUTCOMES } from '../../../modules/plan/contract';
import { oneOf } from '../../common/oneOf';

const LEVELS = ['city', 'district', 'county'] as const;
/** The outcomes the server knows (the plan contract). */
export { OUTCOMES };

// Codes this build does not know are shown as sent rather than hidden.
export function frequencyLabel(t: TFunction, code: string): string {
  return oneOf(FREQUENCIES, code) ? t(`plan.frequency.${code}`) : code;
}

export function levelLabel(t: TFunction, code: string): string {
  return oneOf(LEVELS, code) ? t(`plan.levels.${code}`) : code;
}

export function outcomeLabel(t: TFunction, code: string): string {
  return oneOf(OUTCOMES, code) ? t(`plan.outcomes.${code}`) : code;
}
