import type { FieldError } from '../../core/errors.js';
import { clampToCampaign, type CampaignSpan } from '../../core/campaign-span.js';

export { periodDays, periodOutside } from '../../core/campaign-span.js';
import { LEVELS, OVERALL, type InvitationFilter, type InvitationProblem, type InvitationStatus, type Level, type RoundState } from './contract.js';

/** Pure rules of the evaluation rounds: periods, round states, invitation checks, answer checks. */

export { OVERALL, type InvitationProblem, type RoundState } from './contract.js';

/** The period a day falls in, for a panel's frequency: 2011Q1, 2011H2, 2011M03 or 2011. */
export function periodOf(day: string, frequency: string): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  switch (frequency) {
    case 'quarterly':
      return `${year}Q${Math.ceil(month / 3)}`;
    case 'half_yearly':
      return `${year}H${month <= 6 ? 1 : 2}`;
    case 'monthly':
      return `${year}M${String(month).padStart(2, '0')}`;
    default:
      return year;
  }
}

/** The period of today within the campaign: its first before the campaign, its last after it. */
export function currentPeriod(span: CampaignSpan, today: string, frequency: string): string {
  return periodOf(clampToCampaign(span, today), frequency);
}

/** The period before, in the same rhythm (2011Q1 → 2010Q4); null for a year-long period's predecessor rule. */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  const kind = period.slice(4, 5);
  const n = Number(period.slice(5));
  if (kind === 'Q') return n === 1 ? `${year - 1}Q4` : `${year}Q${n - 1}`;
  if (kind === 'H') return n === 1 ? `${year - 1}H2` : `${year}H1`;
  if (kind === 'M') return n === 1 ? `${year - 1}M12` : `${year}M${String(n - 1).padStart(2, '0')}`;
  return String(year - 1);
}

/** Whether a period is written the way the frequency names periods. */
export function periodMatches(period: string, frequency: string): boolean {
  const kind = { quarterly: 'Q', half_yearly: 'H', monthly: 'M' }[frequency];
  return kind ? period.slice(4, 5) === kind : period.length === 4;
}

/** `today` is the day in Beijing; a round is open from its first day to the end of its last. */
export function roundState(round: { opensOn: string; closesOn: string; closedAt: Date | null }, today: string): RoundState {
  if (round.closedAt || today > round.closesOn) return 'closed';
  return today < round.opensOn ? 'scheduled' : 'open';
}

/**
 * The rounds of a period that stop its ranking from being frozen or approved: any not yet closed,
 * since answers still coming in would change a ranking the portal already shows.
 */
export function roundsStillOpen<R extends { opensOn: string; closesOn: string; closedAt: Date | null }>(rounds: R[], today: string): R[] {
  return rounds.filter((r) => roundState(r, today) !== 'closed');
}

/**
 * What is wrong with an invitation link, in the order an evaluator should hear it: a link that
 * does not exist, then one for another round, then one already used, then the round's dates.
 */
export function invitationProblem(
  found: { roundId: number; submittedAt: Date | null; round: { opensOn: string; closesOn: string; closedAt: Date | null } } | null,
  roundId: number,
  today: string,
): InvitationProblem | null {
  if (!found) return 'unknown_token';
  if (found.roundId !== roundId) return 'wrong_round';
  if (found.submittedAt) return 'invitation_submitted';
  const state = roundState(found.round, today);
  if (state === 'closed') return 'evaluation_closed';
  if (state === 'scheduled') return 'round_not_open';
  return null;
}

/** The units an evaluator rates in a round: those they dealt with, if the registry says, else all. */
export function unitsToRate(roundUnitIds: readonly number[], dealtUnitIds: readonly number[]): number[] {
  if (dealtUnitIds.length === 0) return [...roundUnitIds];
  const dealt = new Set(dealtUnitIds);
  const chosen = roundUnitIds.filter((u) => dealt.has(u));
  return chosen.length > 0 ? chosen : [...roundUnitIds];
}

export type AnswerIn = { unitId: number; notDealt: boolean; levels: Record<string, Level>; comment?: string | undefined };

/** Field errors of a questionnaire; `final` (at submission) also asks that at least one unit be rated. */
export function answerErrors(answers: readonly AnswerIn[], allowedUnits: readonly number[], criteria: readonly string[], final: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const allowed = new Set(allowedUnits);
  const known = new Set(criteria);
  const seen = new Set<number>();
  answers.forEach((a, i) => {
    if (!allowed.has(a.unitId)) errors.push({ path: `answers[${i}].unitId`, message: 'is not a unit you rate in this round' });
    if (seen.has(a.unitId)) errors.push({ path: `answers[${i}].unitId`, message: 'is answered twice' });
    seen.add(a.unitId);
    for (const [criterion, level] of Object.entries(a.levels)) {
      if (!known.has(criterion)) errors.push({ path: `answers[${i}].levels.${criterion}`, message: 'is not a criterion of this questionnaire' });
      else if (!(LEVELS as readonly string[]).includes(level)) errors.push({ path: `answers[${i}].levels.${criterion}`, message: 'is not a level' });
    }
  });
  if (final && !answers.some(isRated)) errors.push({ path: 'answers', message: 'rate at least one unit (or mark that you did not deal with it)' });
  return errors;
}

/** A unit counts as rated when marked "did not deal with" or given an overall rating. */
export const isRated = (a: AnswerIn): boolean => a.notDealt || a.levels[OVERALL] !== undefined;

// ------------------------------------------------------------------ the office's changes

type Ended = { opensOn: string; closesOn: string; closedAt: Date | null };

/**
 * Why the office cannot change a round's dates or units: it was closed by hand. A round merely
 * past its last day may still change (its dates extended).
 */
export const roundEditRefusal = (round: { closedAt: Date | null }): 'round_closed' | null => (round.closedAt ? 'round_closed' : null);

/** Why a round's dates are wrong: it would close before it opens. */
export const roundDaysRefusal = (opensOn: string, closesOn: string): 'closes_before_opening' | null => (opensOn > closesOn ? 'closes_before_opening' : null);

/** Why a round's units cannot change: answers have come in for the ones it has. */
export const unitsChangeRefusal = (answers: number): 'round_answered' | null => (answers > 0 ? 'round_answered' : null);

/** Why the office cannot issue links or send reminders in a round: it has ended (closed by hand or past its last day). */
export const invitingRefusal = (round: Ended, today: string): 'round_closed' | null => (roundState(round, today) === 'closed' ? 'round_closed' : null);

/** Why an evaluator cannot be removed or moved to another panel: they were invited, and stay for the record. */
export const evaluatorChangeRefusal = (invitations: number): 'evaluator_invited' | null => (invitations > 0 ? 'evaluator_invited' : null);

/** Why a comment cannot be released to the unit it is about: it became a case. Taking one back is always allowed. */
export const releaseRefusal = (comment: { filed: boolean }, release: boolean): 'comment_filed' | null => (release && comment.filed ? 'comment_filed' : null);

/** Why a version of a ranking cannot be approved: it already is (a correction is a new version). */
export const approvalRefusal = (publication: { status: string }): 'already_approved' | null => (publication.status === 'approved' ? 'already_approved' : null);

/** An invitation's state: submitted, a draft kept, or nothing yet. */
export function invitationStatus(i: { submittedAt: Date | null; draft: unknown }): InvitationStatus {
  return i.submittedAt ? 'submitted' : i.draft ? 'draft' : 'pending';
}

/** Whether an invitation's state passes the list's filter ('unanswered': anything not submitted). */
export const passesFilter = (status: InvitationStatus, filter: InvitationFilter | undefined): boolean =>
  !filter || (filter === 'unanswered' ? status !== 'submitted' : status === filter);
