import type { TFunction } from 'i18next';

const FREQUENCIES = ['quarterly', 'monthly', 'yearly', 'weekly'] as const;
const LEVELS = ['city', 'district', 'county'] as const;
export const OUTCOMES = [
  'internal_criticism',
  'admonition_talk',
  'circulated_criticism',
  'media_exposure',
  'administrative_accountability',
  'organisational_handling',
] as const;

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

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
