import { describe, expect, it } from 'vitest';
import { parseFilters } from '../cases/list/caseFilters';
import { caseListLink, PORTAL_COUNTS, QUEUES, queueCount, queueLink, queueTone, type QueueKey } from './queue';

const figures = {
  all: { byStatus: { received: 4, accepted: 2, responded: 1, closed: 9 }, overdue: 3, dueSoon: 5 },
  portal: { byStatus: { received: 2, accepted: 1 }, overdue: 0, dueSoon: 0 },
};

/** What the case list makes of a link: its own parser, with the office's default order. */
function listFilters(link: string) {
  const url = new URL(link, 'http://console');
  expect(url.pathname).toBe('/cases');
  return parseFilters(url.searchParams, 'received_desc');
}

const EMPTY = { status: [], channel: null, category: null, unitId: null, deadline: null, from: null, to: null, q: '', sort: 'received_desc' };

describe('the work queues', () => {
  it.each<[QueueKey, string, object]>([
    ['received', '/cases?status=received', { status: ['received'] }],
    ['accepted', '/cases?status=accepted', { status: ['accepted'] }],
    ['responded', '/cases?status=responded', { status: ['responded'] }],
    ['dueSoon', '/cases?deadline=due_soon', { deadline: 'due_soon' }],
    ['overdue', '/cases?deadline=overdue', { deadline: 'overdue' }],
    ['portal', '/cases?status=received&channel=web', { status: ['received'], channel: 'web' }],
  ])('%s links to the case list filtered to exactly those cases', (queue, link, filters) => {
    expect(queueLink(queue)).toBe(link);
    expect(listFilters(queueLink(queue))).toEqual({ ...EMPTY, ...filters });
  });

  it('links every queue, each to a different list', () => {
    expect(new Set(QUEUES.map(queueLink)).size).toBe(QUEUES.length);
  });

  it('links the plain list without a query', () => {
    expect(caseListLink({})).toBe('/cases');
  });

  it('counts each queue from the counts the server gives', () => {
    expect(Object.fromEntries(QUEUES.map((queue) => [queue, queueCount(queue, figures)]))).toEqual({
      received: 4,
      accepted: 2,
      responded: 1,
      dueSoon: 5,
      overdue: 3,
      portal: 2,
    });
  });

  it('counts a status the server left out as none', () => {
    const none = { byStatus: {}, overdue: 0, dueSoon: 0 };
    expect(QUEUES.map((queue) => queueCount(queue, { all: none, portal: none }))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('asks for the portal complaints as the list filters them', () => {
    expect(PORTAL_COUNTS).toEqual({ channel: listFilters(queueLink('portal')).channel });
  });

  it('colours only what is late or nearly late, and only when there is any', () => {
    expect(queueTone('overdue', 3)).toBe('danger');
    expect(queueTone('dueSoon', 1)).toBe('warning');
    expect(queueTone('overdue', 0)).toBe('normal');
    expect(queueTone('received', 8)).toBe('normal');
  });
});
