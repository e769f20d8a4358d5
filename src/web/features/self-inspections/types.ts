import type { Report, RequestDetail } from '../../../modules/self-inspections/contract';

// The self-inspection routes' shapes, enums and problem codes come from the server's contract; nothing is restated here.
export {
  RECTIFICATION_STATES,
  RECTIFICATION_STATUSES,
  REPORT_KINDS,
  REPORT_STATUSES,
  REVIEW_DECISIONS,
  institutionItem,
  problems as selfInspectionProblems,
  rectificationItem,
  trainingItem,
} from '../../../modules/self-inspections/contract';
export type {
  RectificationState,
  RectificationStatus,
  Report,
  ReportContent,
  ReportKind,
  ReportStatus,
  ReportVersion,
  RequestDetail,
  RequestIn as NewRequest,
  RequestSummary,
  ReviewDecision,
  ReviewIn as NewReview,
} from '../../../modules/self-inspections/contract';

/** One unit's report as a row of its request (GET /api/self-inspections/requests/:id). */
export type ReportRow = RequestDetail['reports'][number];
/** A review as the server gives it: the last one of a report, or one of a submitted version. */
export type Review = NonNullable<Report['lastReview']>;
/** A submitted version as the report lists it (without its content). */
export type VersionEntry = Report['versions'][number];
/** The rectification counts of a report row. */
export type RectificationCounts = ReportRow['rectifications'];
