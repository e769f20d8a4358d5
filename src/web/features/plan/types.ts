// GET /api/plan as the server's contract gives it; nothing is restated here.
export type {
  PlanCampaign as Campaign,
  PlanCategory as ProblemCategory,
  PlanCounts,
  PlanDetail as Plan,
  PlanMeasures as Measures,
  PlanMember as Member,
  PlanOrganisation as Organisation,
  PlanPhase as Phase,
} from '../../../modules/plan/contract';
