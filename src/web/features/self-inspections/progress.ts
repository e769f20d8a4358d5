import { REPORT_STATUSES, type ReportStatus, type RequestSummary } from './types';

export interface Progress {
  total: number;
  /** How many reports are in each status (0 for none). */
  byStatus: Record<ReportStatus, number>;
  late: number;
  /** Submitted at least once and not sent back: waiting for review, accepted or failed. */
  handedIn: number;
  /** Percent of the total handed in, and of it accepted (for a progress bar). */
  handedInPercent: number;
  acceptedPercent: number;
}

/** A request's progress as the server counts it, every status named (statuses this build does not know are left out). */
export function progressOf(progress: RequestSummary['progress']): Progress {
  const byStatus = Object.fromEntries(REPORT_STATUSES.map((status) => [status, progress.byStatus[status] ?? 0])) as Record<ReportStatus, number>;
  const handedIn = byStatus.submitted + byStatus.accepted + byStatus.failed;
  const percent = (n: number) => (progress.total > 0 ? Math.round((n / progress.total) * 100) : 0);
  return { total: progress.total, byStatus, late: progress.late, handedIn, handedInPercent: percent(handedIn), acceptedPercent: percent(byStatus.accepted) };
}

/**
 * For a liaison, whose progress counts its own unit's reports only: the status of its one report,
 * or null when the request asks several of its units (or none).
 */
export function ownStatus(progress: RequestSummary['progress']): ReportStatus | null {
  if (progress.total !== 1) return null;
  return REPORT_STATUSES.find((status) => (progress.byStatus[status] ?? 0) > 0) ?? null;
}
