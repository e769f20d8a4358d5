import type { Role } from '../../core/auth/roles.js';
import { daysOutsideCampaign, type CampaignSpan } from '../../core/campaign-span.js';
import type { FieldError } from '../../core/errors.js';
import type { RectificationState, ReportContent, ReportKind, ReportStatus, ReviewDecision } from './contract.js';

/** The office asks for reports and reviews them; leaders read everything; a liaison writes its own unit's. */
export const MANAGERS = ['office_admin', 'office_staff'] as const;
export const READERS = ['office_admin', 'office_staff', 'leader', 'unit_liaison'] as const;
export const mayManage = (role: Role): boolean => (MANAGERS as readonly Role[]).includes(role);

/** The statuses in which the unit may still change its report. */
export const EDITABLE: readonly ReportStatus[] = ['open', 'returned'];

/** A rectification's state on a day: done stays done; anything else past its deadline is overdue. */
export function rectificationState(item: { status: string; deadline: string }, today: string): RectificationState {
  if (item.status === 'done') return 'done';
  if (item.deadline < today) return 'overdue';
  return item.status === 'in_progress' ? 'in_progress' : 'planned';
}

export type RectificationCounts = { done: number; inProgress: number; planned: number; overdue: number };

export function rectificationCounts(content: Pick<ReportContent, 'rectifications'>, today: string): RectificationCounts {
  const counts: RectificationCounts = { done: 0, inProgress: 0, planned: 0, overdue: 0 };
  for (const item of content.rectifications) {
    const state = rectificationState(item, today);
    if (state === 'in_progress') counts.inProgress++;
    else counts[state]++;
  }
  return counts;
}

/** Late: not submitted by the end of the due day, or first submitted after it (days in China's time). */
export function isLate(dueDate: string, firstSubmittedDay: string | null, today: string): boolean {
  return firstSubmittedDay === null ? today > dueDate : firstSubmittedDay > dueDate;
}

/**
 * What must hold before a report is submitted, each problem named by its field: problems of the
 * campaign's categories, deadlines within the campaign, evidence for what is reported done,
 * trainings not in the future, item keys used once.
 */
export function contentProblems(content: ReportContent, categories: ReadonlySet<string>, span: CampaignSpan, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const keys = new Set<string>();
  const key = (path: string, k: string) => {
    if (keys.has(k)) errors.push({ path: `${path}.key`, message: 'is used by another item' });
    keys.add(k);
  };
  content.rectifications.forEach((item, i) => {
    const path = `content.rectifications[${i}]`;
    key(path, item.key);
    if (!categories.has(item.category)) errors.push({ path: `${path}.category`, message: `is not a problem category of the campaign: ${item.category}` });
    if (item.status === 'done' && !item.evidence) errors.push({ path: `${path}.evidence`, message: 'is required once the rectification is done' });
  });
  errors.push(...daysOutsideCampaign(span, content.rectifications.map((item, i) => ({ path: `content.rectifications[${i}].deadline`, day: item.deadline }))));
  content.institutions.forEach((item, i) => {
    key(`content.institutions[${i}]`, item.key);
    if (item.issuedOn && item.issuedOn > today) errors.push({ path: `content.institutions[${i}].issuedOn`, message: 'cannot be in the future' });
  });
  content.trainings.forEach((item, i) => {
    key(`content.trainings[${i}]`, item.key);
    if (item.heldOn > today) errors.push({ path: `content.trainings[${i}].heldOn`, message: 'cannot be in the future' });
  });
  if (content.rectifications.length === 0 && content.institutions.length === 0 && content.trainings.length === 0 && !content.summary) {
    errors.push({ path: 'content', message: 'is empty: report what was found and done, or write the summary' });
  }
  return errors;
}

/** The item keys of a report, whatever their kind. */
export const itemKeys = (content: ReportContent): Set<string> =>
  new Set([...content.rectifications, ...content.institutions, ...content.trainings].map((item) => item.key));

/**
 * Why the office's review cannot be taken as sent, by field: a failed verdict and a score belong to
 * the year-end summary alone (which needs its score when accepted); a report is returned with a
 * reason; comments are on items of the report.
 */
export function reviewProblems(
  kind: ReportKind,
  review: { decision: ReviewDecision; comment?: string; itemComments?: Record<string, string>; score?: number },
  keys: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (review.decision === 'fail' && kind !== 'summary') errors.push({ path: 'decision', message: 'only a year-end summary can fail its acceptance' });
  if (review.score !== undefined && !(kind === 'summary' && review.decision === 'accept')) errors.push({ path: 'score', message: 'is given only when a year-end summary is accepted' });
  if (kind === 'summary' && review.decision === 'accept' && review.score === undefined) errors.push({ path: 'score', message: 'is required to accept a year-end summary' });
  const itemComments = Object.keys(review.itemComments ?? {});
  if (review.decision !== 'accept' && !review.comment && itemComments.length === 0) errors.push({ path: 'comment', message: 'is required: say what is to be corrected' });
  for (const key of itemComments) if (!keys.has(key)) errors.push({ path: `itemComments.${key}`, message: 'is not an item of this report' });
  return errors;
}

export const statusAfter: Record<ReviewDecision, ReportStatus> = { accept: 'accepted', return: 'returned', fail: 'failed' };
