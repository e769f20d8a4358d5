export const OUTCOMES = ['success', 'failure', 'denied'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface AuditEntry {
  id: number;
  /** Null until the sealer has chained the row. */
  seq: number | null;
  ts: string;
  username: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  requestId: string | null;
  detail: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditFilter {
  action?: string;
  username?: string;
  objectType?: string;
  outcome?: Outcome;
  from?: string;
  to?: string;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken: { id: number; seq: number; reason: string } | null;
  unsealed: number;
}
