import type { PlanCampaign, PlanDetail } from '../../modules/plan/contract';

export type { PublicFiled as Filed, Tracked } from '../../modules/cases/contract';

/** The parts of GET /api/plan the portal shows. */
export type PortalPlan = Pick<PlanDetail, 'problemCategories' | 'measures' | 'organisation'> & { campaign: Pick<PlanCampaign, 'name' | 'city' | 'year' | 'goal' | 'shortName'> };

/** GET /api/units, the fields the portal reads (the units module has no contract yet). */
export interface PortalUnit {
  id: number;
  name: string;
  mergedIntoId: number | null;
}
