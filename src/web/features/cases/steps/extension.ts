import type { TFunction } from 'i18next';
import { stepLabel } from '../labels';
import type { TimelineEvent } from '../types';

type Step = Pick<TimelineEvent, 'id' | 'action' | 'reason' | 'data' | 'ts'>;

/** The unit's request for more time still unanswered: the last request after the last change of the deadline. */
export function openExtensionRequest(timeline: readonly Step[]): { workdays: number | null; reason: string | null; ts: string } | null {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const event = timeline[i] as Step;
    if (event.action === 'grant_extension') return null;
    if (event.action === 'request_extension') {
      const workdays = typeof event.data.workdays === 'number' ? event.data.workdays : null;
      return { workdays, reason: event.reason, ts: event.ts };
    }
  }
  return null;
}

/**
 * The office's change of a deadline is named for what it was: 批准延期 when it answered the unit's
 * request, 调整期限 when the office moved the date on its own.
 */
export function deadlineStepLabel(t: TFunction, timeline: readonly Step[], eventId?: number): string {
  const upTo = eventId === undefined ? timeline : timeline.slice(0, timeline.findIndex((event) => event.id === eventId));
  return openExtensionRequest(upTo) ? stepLabel(t, 'grant_extension') : t('caseSteps.names.adjust_due');
}
