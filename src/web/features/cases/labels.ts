import type { TFunction } from 'i18next';
import { oneOf } from '../../common/oneOf';
import { CHANNELS, SATISFACTION, STATUSES, STEPS, SUBSTANTIATED } from './types';

// Codes this build does not know are shown as sent rather than hidden.
export function statusLabel(t: TFunction, status: string): string {
  return oneOf(STATUSES, status) ? t(`cases.statuses.${status}`) : status;
}

export function channelLabel(t: TFunction, channel: string): string {
  return oneOf(CHANNELS, channel) ? t(`cases.channels.${channel}`) : channel;
}

/** A step's name as the timeline and the buttons show it; intake is the first entry, not a step. */
export function stepLabel(t: TFunction, step: string): string {
  if (step === 'intake') return t('caseDetail.intake');
  return oneOf(STEPS, step) ? t(`caseSteps.names.${step}`) : step;
}

export function satisfactionLabel(t: TFunction, value: string): string {
  return oneOf(SATISFACTION, value) ? t(`cases.satisfaction.${value}`) : value;
}

export function substantiatedLabel(t: TFunction, value: string): string {
  return oneOf(SUBSTANTIATED, value) ? t(`cases.substantiated.${value}`) : value;
}

export const STATUS_COLOURS: Record<string, string> = {
  received: 'gold',
  accepted: 'cyan',
  not_accepted: 'default',
  assigned: 'processing',
  responded: 'purple',
  closed: 'success',
  merged: 'default',
};

const ACTOR_KINDS = ['office', 'liaison', 'system', 'public'] as const;

/** Who took a step: the office, the handling unit, the scheduler or the reporter on the portal. */
export function actorLabel(t: TFunction, kind: string): string {
  return oneOf(ACTOR_KINDS, kind) ? t(`caseDetail.actors.${kind}`) : kind;
}
