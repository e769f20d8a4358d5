// The trail's shapes are the server's (modules/audit-trail/contract.ts).
export { OUTCOMES, EXPORT_MAX_ROWS, type ActionCatalogue, type AuditEntry, type Outcome, type TrailPage as AuditPage, type TrailFilter as AuditFilter } from '../../../modules/audit-trail/contract';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken: { id: number; seq: number; reason: string } | null;
  unsealed: number;
}
