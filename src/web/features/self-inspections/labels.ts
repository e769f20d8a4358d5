import type { TFunction } from 'i18next';
import { oneOf } from '../../common/oneOf';
import { RECTIFICATION_STATES, REPORT_KINDS, REPORT_STATUSES, REVIEW_DECISIONS } from './types';

// Codes this build does not know are shown as sent rather than hidden.
export function kindLabel(t: TFunction, kind: string): string {
  return oneOf(REPORT_KINDS, kind) ? t(`selfInspections.kinds.${kind}`) : kind;
}

export function statusLabel(t: TFunction, status: string): string {
  return oneOf(REPORT_STATUSES, status) ? t(`selfInspections.statuses.${status}`) : status;
}

/** A review's decision; a year-end summary is accepted or failed as its acceptance (验收). */
export function decisionLabel(t: TFunction, decision: string, kind?: string): string {
  if (!oneOf(REVIEW_DECISIONS, decision)) return decision;
  if (kind === 'summary' && decision !== 'return') return t(`selfInspections.summaryDecisions.${decision}`);
  return t(`selfInspections.decisions.${decision}`);
}

export function stateLabel(t: TFunction, state: string): string {
  return oneOf(RECTIFICATION_STATES, state) ? t(`selfInspections.states.${state}`) : state;
}

export const KIND_COLOURS: Record<string, string> = {
  self_inspection: 'blue',
  rerectification: 'purple',
  summary: 'gold',
  other: 'default',
};

export const STATUS_COLOURS: Record<string, string> = {
  open: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
  failed: 'error',
};

export const STATE_COLOURS: Record<string, string> = {
  planned: 'default',
  in_progress: 'processing',
  done: 'success',
  overdue: 'error',
};

export const DECISION_COLOURS: Record<string, string> = {
  accept: 'success',
  return: 'warning',
  fail: 'error',
};
