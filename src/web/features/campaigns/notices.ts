import type { CampaignSummary } from '../../../modules/plan/contract';

/**
 * A record's own page (/cases/123, /inspections/5, /evaluations/rounds/7): the record belongs to
 * the campaign it was opened in, so it is left when the user turns to another campaign.
 */
export function isRecordPath(pathname: string): boolean {
  return /\/\d+(\/|$)/.test(pathname);
}

/** The campaigns newest first (the server sends them oldest first). */
export function newestFirst(list: readonly CampaignSummary[]): CampaignSummary[] {
  return [...list].sort((a, b) => b.year - a.year || b.id - a.id);
}

/** What the console says about the campaign looked at, one sentence each (keys under campaigns.banner). */
export type CampaignNotice =
  | { key: 'notCurrent'; name: string; current: string }
  | { key: 'notCurrentUnnamed'; name: string }
  | { key: 'endedOpen'; name: string; end: string }
  | { key: 'endedClosed'; name: string; end: string }
  | { key: 'ended'; name: string }
  | { key: 'closed'; name: string }
  | { key: 'adminCorrects' };

/**
 * The sentences for the campaign looked at: that it is not the one the public channels serve
 * (naming that one when the user may see it), that it has ended (and whether it still takes
 * cases), that it is closed. None for the current campaign while it runs and is open.
 */
export function campaignNotices(campaigns: readonly CampaignSummary[], isAdmin: boolean): CampaignNotice[] {
  const viewed = campaigns.find((c) => c.viewing);
  if (!viewed) return [];
  const notices: CampaignNotice[] = [];
  if (!viewed.isCurrent) {
    const current = campaigns.find((c) => c.isCurrent);
    notices.push(current ? { key: 'notCurrent', name: viewed.name, current: current.name } : { key: 'notCurrentUnnamed', name: viewed.name });
  }
  if (viewed.ended) {
    if (viewed.end === null) notices.push(viewed.closed ? { key: 'closed', name: viewed.name } : { key: 'ended', name: viewed.name });
    else notices.push({ key: viewed.closed ? 'endedClosed' : 'endedOpen', name: viewed.name, end: viewed.end });
  } else if (viewed.closed) {
    notices.push({ key: 'closed', name: viewed.name });
  }
  if (viewed.closed && isAdmin) notices.push({ key: 'adminCorrects' });
  return notices;
}
