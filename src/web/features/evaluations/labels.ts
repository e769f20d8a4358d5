import type { TFunction } from 'i18next';
import { oneOf } from '../../common/oneOf';
import { INVITATION_STATUSES, LEVELS, ROUND_STATES } from './types';

// Codes this build does not know are shown as sent rather than hidden.
export function roundStateLabel(t: TFunction, state: string): string {
  return oneOf(ROUND_STATES, state) ? t(`evaluations.roundStates.${state}`) : state;
}

export const ROUND_STATE_COLOURS: Record<string, string> = {
  scheduled: 'gold',
  open: 'processing',
  closed: 'default',
};

export function invitationStatusLabel(t: TFunction, status: string): string {
  return oneOf(INVITATION_STATUSES, status) ? t(`evaluations.invitationStatuses.${status}`) : status;
}

export const INVITATION_STATUS_COLOURS: Record<string, string> = {
  pending: 'default',
  draft: 'warning',
  submitted: 'success',
};

export function levelLabel(t: TFunction, level: string): string {
  return oneOf(LEVELS, level) ? t(`evaluations.levels.${level}`) : level;
}

/** Best to worst: green through red, so a stacked bar reads at a glance. */
export const LEVEL_COLOURS: Record<string, string> = {
  very_satisfied: '#237804',
  satisfied: '#73d13d',
  basically_satisfied: '#fadb14',
  dissatisfied: '#fa8c16',
  very_dissatisfied: '#cf1322',
};

const PUBLICATION_STATUSES = ['pending', 'approved'] as const;

export function publicationStatusLabel(t: TFunction, status: string): string {
  return oneOf(PUBLICATION_STATUSES, status) ? t(`evaluations.publications.statuses.${status}`) : status;
}

const IMPORT_FIELDS = ['name', 'organisation', 'panel', 'contact', 'memberUnit', 'dealtUnits', 'file', 'row'] as const;

/** The import report names a column by its field or by its heading; a heading is shown as it is. */
export function importFieldLabel(t: TFunction, field: string): string {
  return oneOf(IMPORT_FIELDS, field) ? t(`evaluations.import.fields.${field}`) : field;
}
