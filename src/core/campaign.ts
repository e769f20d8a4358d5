import { asc } from 'drizzle-orm';
import type { Queryable } from './db/client.js';
import { campaigns } from './db/tables.js';
import { campaignSpan } from './campaign-span.js';

export { campaignSpan, clampToCampaign, daysOutsideCampaign, type CampaignSpan } from './campaign-span.js';

/** A campaign as stored: one imported plan file (a year of one jurisdiction). */
export type CampaignRow = typeof campaigns.$inferSelect;

/** Every campaign, oldest first; an installation holds a few (one per city and year). */
export async function loadCampaigns(db: Queryable): Promise<CampaignRow[]> {
  return db.select().from(campaigns).orderBy(asc(campaigns.year), asc(campaigns.id));
}

/** The campaign the portal, Open311 and the public channels serve; null before any plan is imported. */
export const currentOf = (list: CampaignRow[]): CampaignRow | null => list.find((c) => c.isCurrent) ?? null;

/** Who looks: a user of a unit sees its jurisdiction's campaigns only; a user of no unit, all. */
export type Viewer = { jurisdictionId: number | null; viewingCampaignId: number | null };

/** The campaigns a user may look at. */
export function campaignsFor(list: CampaignRow[], viewer: Viewer): CampaignRow[] {
  return viewer.jurisdictionId === null ? list : list.filter((c) => c.jurisdictionId === viewer.jurisdictionId);
}

/**
 * The campaign a user looks at: the one they chose, while they may see it; else the current one,
 * if it is theirs; else the latest of theirs.
 */
export function viewedCampaign(list: CampaignRow[], viewer: Viewer): CampaignRow | null {
  const mine = campaignsFor(list, viewer);
  return mine.find((c) => c.id === viewer.viewingCampaignId) ?? mine.find((c) => c.isCurrent) ?? mine.at(-1) ?? null;
}

/** The case numbers' sequence of a campaign (made when its plan is imported). */
export const caseSequence = (campaignId: number) => `case_number_seq_${campaignId}`;

/** Whether the campaign's last phase ended before `day` (a China day, YYYY-MM-DD). */
export const campaignEnded = (c: CampaignRow, day: string): boolean => {
  const { end } = campaignSpan(c);
  return end !== null && end < day;
};
