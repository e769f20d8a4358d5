import { filtersToParams, parseFilters, type CaseFilters, type SortKey } from '../cases/list/caseFilters';
import type { CaseCounts } from '../cases/types';

/** The office's list order: the newest first. Links leave it out, so the list opens as usual. */
const LIST_SORT: SortKey = 'received_desc';

/** The queues on the work page, in the order shown. */
export const QUEUES = ['received', 'accepted', 'responded', 'dueSoon', 'overdue', 'portal'] as const;
export type QueueKey = (typeof QUEUES)[number];

/** Each queue as the case list's filters: its tile opens the list showing exactly those cases. */
export const QUEUE_FILTERS: Readonly<Record<QueueKey, Partial<CaseFilters>>> = {
  // New, not yet accepted.
  received: { status: ['received'] },
  // Accepted, not yet assigned to a unit.
  accepted: { status: ['accepted'] },
  // The unit has responded: the office verifies and closes.
  responded: { status: ['responded'] },
  dueSoon: { deadline: 'due_soon' },
  overdue: { deadline: 'overdue' },
  // Complaints from the public portal not yet accepted.
  portal: { channel: 'web', status: ['received'] },
};

/** The case list's address for some filters, in the form the list reads from the address bar. */
export function caseListLink(filters: Partial<CaseFilters>): string {
  const search = filtersToParams({ ...parseFilters(new URLSearchParams(), LIST_SORT), ...filters }, LIST_SORT).toString();
  return search ? `/cases?${search}` : '/cases';
}

export function queueLink(queue: QueueKey): string {
  return caseListLink(QUEUE_FILTERS[queue]);
}

/** The counts behind the tiles: all cases the user sees, and those that came in through the portal. */
export interface QueueFigures {
  all: CaseCounts;
  portal: CaseCounts;
}

/** The filters of GET /api/cases/counts whose received count is the portal queue. */
export const PORTAL_COUNTS = { channel: 'web' } as const;

export function queueCount(queue: QueueKey, { all, portal }: QueueFigures): number {
  switch (queue) {
    case 'received':
    case 'accepted':
    case 'responded':
      return all.byStatus[queue] ?? 0;
    case 'dueSoon':
      return all.dueSoon;
    case 'overdue':
      return all.overdue;
    case 'portal':
      return portal.byStatus.received ?? 0;
  }
}

export type Tone = 'danger' | 'warning' | 'normal';

/** Overdue cases are red, cases close to their deadline orange, so a glance finds what burns. */
export function queueTone(queue: QueueKey, count: number): Tone {
  if (count === 0) return 'normal';
  if (queue === 'overdue') return 'danger';
  if (queue === 'dueSoon') return 'warning';
  return 'normal';
}
