import { describe, expect, it } from 'vitest';
import { filtersToCountsQuery, filtersToParams, filtersToQuery, hasFilters, parseFilters } from './caseFilters';

describe('case list filters in the address bar', () => {
  it('reads every filter, several statuses included', () => {
    const params = new URLSearchParams('status=received&status=assigned&channel=hotline&category=graft&unitId=12&deadline=overdue&from=2011-03-01&to=2011-03-31&q=%E5%8A%9E%E8%AF%81&sort=due_asc');
    expect(parseFilters(params, 'received_desc')).toEqual({
      status: ['received', 'assigned'],
      channel: 'hotline',
      category: 'graft',
      unitId: 12,
      deadline: 'overdue',
      from: '2011-03-01',
      to: '2011-03-31',
      q: '办证',
      sort: 'due_asc',
    });
  });

  it('drops what the server would refuse, so an old link still opens a list', () => {
    const params = new URLSearchParams('status=lost&status=closed&channel=fax&unitId=-3&deadline=soon&from=March&sort=random');
    const filters = parseFilters(params, 'due_asc');
    expect(filters.status).toEqual(['closed']);
    expect(filters.channel).toBeNull();
    expect(filters.unitId).toBeNull();
    expect(filters.deadline).toBeNull();
    expect(filters.from).toBeNull();
    expect(filters.sort).toBe('due_asc');
  });

  it('writes only what differs from the defaults and reads back the same', () => {
    const filters = parseFilters(new URLSearchParams('status=responded&q=ZF2011'), 'received_desc');
    expect(filtersToParams(filters, 'received_desc').toString()).toBe('status=responded&q=ZF2011');
    expect(parseFilters(filtersToParams(filters, 'received_desc'), 'received_desc')).toEqual(filters);
    expect(filtersToParams(parseFilters(new URLSearchParams(), 'due_asc'), 'due_asc').toString()).toBe('');
  });

  it('passes the statuses to the server as a list and knows an empty filter', () => {
    const filters = parseFilters(new URLSearchParams('status=received&status=accepted'), 'received_desc');
    expect(filtersToQuery(filters).status).toEqual(['received', 'accepted']);
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(parseFilters(new URLSearchParams('q=ZF2011-000001'), 'received_desc'))).toBe(true);
    expect(hasFilters(parseFilters(new URLSearchParams('sort=due_asc'), 'received_desc'))).toBe(false);
  });
});

describe('the counts beside the list', () => {
  it('count what the search and every filter but the status find', () => {
    const filters = parseFilters(new URLSearchParams('status=received&channel=letter&unitId=4&deadline=overdue&from=2011-03-01&q=000003&sort=due_asc'), 'received_desc');
    expect(filtersToCountsQuery(filters)).toEqual({ channel: 'letter', category: null, unitId: 4, deadline: 'overdue', from: '2011-03-01', to: null, q: '000003' });
  });
});
