// Mirrors src/modules/inspections/schema.ts; the server stays the authority.

export const ROUND_KINDS = ['open', 'covert'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_STATUSES = ['planned', 'in_progress', 'closed', 'cancelled'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface Items<T> {
  items: T[];
}

/** A member from outside the government: a deputy, a supervisor, a reporter… */
export interface ExternalMember {
  name: string;
  affiliation: string;
}

export interface Round {
  id: number;
  kind: RoundKind;
  title: string;
  startsOn: string;
  endsOn: string;
  status: RoundStatus;
  unitCount: number;
  memberCount: number;
  findingCount: number;
  filedCount: number;
}

export interface Finding {
  id: number;
  unitId: number;
  unitName: string;
  category: string;
  title: string;
  description: string;
  observedAt: string;
  recordedBy: { id: number; displayName: string } | null;
  createdAt: string;
  updatedAt: string | null;
  caseId: number | null;
  caseCode: string | null;
  /** Set when withdrawn: it stays on the round, and counts no more. */
  withdrawn: { at: string; by: string | null; reason: string } | null;
  /** Whether the caller may correct or withdraw it now. */
  mayChange: boolean;
}

export interface RoundDetail extends Round {
  notes: string | null;
  units: { id: number; name: string }[];
  members: { id: number; displayName: string }[];
  externalMembers: ExternalMember[];
  findings: Finding[];
  /** What the caller may change the status to now; empty for those who may not manage rounds. */
  allowedTransitions: RoundStatus[];
  mayManage: boolean;
  mayRecord: boolean;
}

export interface RoundFilter {
  status: RoundStatus | null;
  kind: RoundKind | null;
}

export interface NewRound {
  kind: RoundKind;
  title: string;
  startsOn: string;
  endsOn: string;
  unitIds: number[];
  memberIds: number[];
  externalMembers: ExternalMember[];
  notes?: string;
}

/** A change to a round; notes null clears them. */
export type RoundChange = Partial<Omit<NewRound, 'kind' | 'notes'>> & { notes?: string | null };

export interface NewFinding {
  unitId: number;
  category: string;
  title: string;
  description: string;
  observedAt?: string;
}

export type FindingChange = Partial<NewFinding>;

export interface Inspector {
  id: number;
  displayName: string;
  username: string;
}

export interface FiledCase {
  caseId: number;
  code: string;
}
