import { eq } from 'drizzle-orm';
import type { Queryable } from './db/client.js';
import { campaigns } from './db/tables.js';

/** A campaign as stored: one imported plan file (a year, a city or district). */
export type CampaignRow = typeof campaigns.$inferSelect;

/** The campaign the portal, Open311 and new intake serve; null before any plan is imported. */
export async function loadCurrentCampaign(db: Queryable): Promise<CampaignRow | null> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.isCurrent, true)).limit(1);
  return row ?? null;
}
