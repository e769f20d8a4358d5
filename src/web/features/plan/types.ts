export interface Campaign {
  id: number;
  code: string;
  name: string;
  city: string;
  year: number;
  basis: string | null;
  goal: string | null;
}

export interface Phase {
  code: string;
  name: string;
  start: string;
  end: string;
  description: string;
}

export interface ProblemCategory {
  code: string;
  name: string;
  description: string;
}

export interface Member {
  position: string;
  person: string;
  title: string;
}

export interface Organisation {
  principle: string;
  leadingGroup: { name: string; members: Member[] };
  office: { name: string; hostUnit: string; members: Member[]; staffFrom: string[] };
}

// Every part is optional because another city's plan may leave a measure out.
export interface Measures {
  selfInspection?: { description: string; phase?: string };
  evaluationPanels?: { code: string; name: string; size: number; frequency: string }[];
  evaluationPublication?: string;
  inspections?: { frequency: string; lead?: string; covertVisits?: boolean; teamComposition?: string[] };
  hotlineLines?: { code: string; name: string }[];
  complaintBoxes?: { levels?: string[]; description?: string };
  mediaColumns?: string[];
  publication?: { frequency: string; description?: string };
  accountabilityOutcomes?: string[];
  yearEnd?: { commendation?: string; criticism?: string };
}

export interface PlanCounts {
  monitoredUnits: number;
  monitoredByKind: Record<string, number>;
  units: number;
  projects: number;
}

export interface Plan {
  campaign: Campaign;
  phases: Phase[];
  problemCategories: ProblemCategory[];
  // Passed through from the plan file, so a plan without them is possible.
  organisation: Organisation | null;
  measures: Measures | null;
  counts: PlanCounts;
}
