import type { Measures, ProblemCategory } from '../features/plan/types';

/** The parts of GET /api/plan the portal shows. */
export interface PortalPlan {
  campaign: { name: string; city: string; year: number; goal: string | null };
  problemCategories: ProblemCategory[];
  measures: Measures | null;
}

export interface PortalUnit {
  id: number;
  name: string;
  mergedIntoId: number | null;
}

/** POST /api/public/cases answers with the receipt: the only time it is ever shown. */
export interface Filed {
  code: string;
  receipt: string;
}

export interface Tracked {
  code: string;
  status: string;
  category: string;
  title: string;
  unitName: string | null;
  receivedAt: string;
  progress: { ts: string; step: string; reason: string | null }[];
  messages: { author: string; body: string; ts: string }[];
}
