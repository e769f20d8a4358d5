import { describe, expect, it } from 'vitest';
import type { CampaignSummary } from '../../../modules/plan/contract';
import { campaignNotices, isRecordPath, newestFirst } from './notices';

function campaign(code: string, year: number, flags: Partial<CampaignSummary> = {}): CampaignSummary {
  return {
    id: year,
    code,
    name: `Campaign ${code}`,
    shortName: null,
    city: 'City',
    year,
    start: `${year}-03-01`,
    end: `${year}-12-31`,
    casePrefix: `ZF${year}`,
    isCurrent: false,
    viewing: false,
    ended: false,
    closed: false,
    ...flags,
  };
}

describe('campaignNotices', () => {
  it('says nothing of the current campaign while it runs and is open', () => {
    expect(campaignNotices([campaign('a', 2011, { isCurrent: true, viewing: true })], true)).toEqual([]);
  });

  it('says nothing before the list is known or when no campaign is looked at', () => {
    expect(campaignNotices([], false)).toEqual([]);
    expect(campaignNotices([campaign('a', 2011, { isCurrent: true })], false)).toEqual([]);
  });

  it('names the current campaign when another is looked at', () => {
    const list = [campaign('a', 2011, { isCurrent: true }), campaign('b', 2013, { viewing: true })];
    expect(campaignNotices(list, false)).toEqual([{ key: 'notCurrent', name: 'Campaign b', current: 'Campaign a' }]);
  });

  it('leaves the current campaign unnamed when the user may not see it', () => {
    expect(campaignNotices([campaign('b', 2013, { viewing: true })], false)).toEqual([{ key: 'notCurrentUnnamed', name: 'Campaign b' }]);
  });

  it('says an ended campaign still takes cases unless it is closed', () => {
    const open = campaign('a', 2011, { isCurrent: true, viewing: true, ended: true });
    expect(campaignNotices([open], false)).toEqual([{ key: 'endedOpen', name: 'Campaign a', end: '2011-12-31' }]);
    const closed = { ...open, closed: true };
    expect(campaignNotices([closed], false)).toEqual([{ key: 'endedClosed', name: 'Campaign a', end: '2011-12-31' }]);
  });

  it('tells the office administrator they may still correct a closed campaign', () => {
    const closed = campaign('a', 2011, { isCurrent: true, viewing: true, closed: true });
    expect(campaignNotices([closed], false)).toEqual([{ key: 'closed', name: 'Campaign a' }]);
    expect(campaignNotices([closed], true)).toEqual([{ key: 'closed', name: 'Campaign a' }, { key: 'adminCorrects' }]);
  });

  it('puts every sentence together for an old, ended and closed campaign', () => {
    const list = [campaign('a', 2011, { viewing: true, ended: true, closed: true }), campaign('b', 2013, { isCurrent: true })];
    expect(campaignNotices(list, true).map((notice) => notice.key)).toEqual(['notCurrent', 'endedClosed', 'adminCorrects']);
  });
});

describe('isRecordPath', () => {
  it('knows the pages of one record', () => {
    expect(isRecordPath('/cases/123')).toBe(true);
    expect(isRecordPath('/inspections/5')).toBe(true);
    expect(isRecordPath('/evaluations/rounds/7')).toBe(true);
  });

  it('keeps lists, forms and settings', () => {
    for (const path of ['/', '/cases', '/cases/new', '/evaluations/my-unit', '/settings/campaigns', '/units']) expect(isRecordPath(path)).toBe(false);
  });
});

describe('newestFirst', () => {
  it('orders by year, latest first, without changing the list it is given', () => {
    const list = [campaign('a', 2011), campaign('b', 2013), campaign('c', 2012)];
    expect(newestFirst(list).map((c) => c.code)).toEqual(['b', 'c', 'a']);
    expect(list.map((c) => c.code)).toEqual(['a', 'b', 'c']);
  });
});
