import type { TFunction } from 'i18next';
import { formatDate } from '../../common/format';
import { oneOf } from '../../common/oneOf';
import { ROUND_KINDS, ROUND_STATUSES } from './types';

// Codes this build does not know are shown as sent rather than hidden.
export function kindLabel(t: TFunction, kind: string): string {
  return oneOf(ROUND_KINDS, kind) ? t(`inspections.kinds.${kind}`) : kind;
}

export function statusLabel(t: TFunction, status: string): string {
  return oneOf(ROUND_STATUSES, status) ? t(`inspections.statuses.${status}`) : status;
}

export const KIND_COLOURS: Record<string, string> = {
  open: 'blue',
  covert: 'purple',
};

export const STATUS_COLOURS: Record<string, string> = {
  planned: 'gold',
  in_progress: 'processing',
  closed: 'default',
  cancelled: 'default',
};

/** A round's days: one day, or the first and the last. */
export function roundDays(t: TFunction, round: { startsOn: string; endsOn: string }): string {
  if (round.startsOn === round.endsOn) return formatDate(round.startsOn);
  return t('inspections.dateRange', { from: formatDate(round.startsOn), to: formatDate(round.endsOn) });
}
