import type { Role } from '../../core/auth/roles.js';
import type { RoundKind, RoundStatus } from './contract.js';

/**
 * Inspection rounds (明察) and covert visits (暗访), as pure rules: what a round may become next,
 * who sees it, who records findings in it, and the channel a finding is filed on.
 */
export { ROUND_KINDS, ROUND_STATUSES } from './contract.js';
export type { RoundKind, RoundStatus } from './contract.js';

/** The one table of allowed status changes. A planned round can be called off (cancelled) unstarted. */
export const ROUND_TRANSITIONS: Readonly<Record<RoundStatus, readonly RoundStatus[]>> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['closed'],
  closed: [],
  cancelled: [],
};

/** A round that has ended, by closing or being called off: nothing in it changes any more. */
export const isFinished = (status: RoundStatus): boolean => ROUND_TRANSITIONS[status].length === 0;

export const allowedTransitions = (from: RoundStatus): readonly RoundStatus[] => ROUND_TRANSITIONS[from];
export const mayTransition = (from: RoundStatus, to: RoundStatus): boolean => ROUND_TRANSITIONS[from].includes(to);

/** The office plans and runs rounds. */
export const MANAGERS: readonly Role[] = ['office_admin', 'office_staff'];
/** Who may read rounds at all; an inspector only the rounds it is a member of. */
export const ROUND_READERS = ['office_admin', 'office_staff', 'leader', 'inspector'] as const;
/** Who may record findings, an inspector only as a member of the round. */
export const RECORDERS = ['office_admin', 'office_staff', 'inspector'] as const;

type Who = { role: Role; userId: number };
type RoundAccess = { memberIds: readonly number[]; status: RoundStatus };

/**
 * Whether a user may see a round. Unit liaisons never do, not even of rounds that visit their
 * own unit: a covert visit announced is no longer covert, and open rounds are planned the same way.
 */
export function maySeeRound(who: Who, round: Pick<RoundAccess, 'memberIds'>): boolean {
  if (who.role === 'inspector') return round.memberIds.includes(who.userId);
  return who.role === 'office_admin' || who.role === 'office_staff' || who.role === 'leader';
}

export const mayManage = (who: Pick<Who, 'role'>): boolean => MANAGERS.includes(who.role);

/** Findings are recorded while the round is in progress, by the office or by a member. */
export function mayRecord(who: Who, round: RoundAccess): boolean {
  if (round.status !== 'in_progress') return false;
  return mayManage(who) || (who.role === 'inspector' && round.memberIds.includes(who.userId));
}

type FindingState = { recordedBy: number | null; filed: boolean; withdrawn: boolean };

/** Why a finding cannot be corrected or withdrawn now; null when it can. */
export type FindingRefusal = 'filed' | 'withdrawn' | 'round_finished' | 'not_recorder';

/**
 * A finding recorded by mistake may be corrected or withdrawn until it is filed as a case (the
 * case then carries it on) and while its round is still open: by the office, or by the member
 * who recorded it while the round is in progress.
 */
export function findingRefusal(who: Who, round: RoundAccess, finding: FindingState): FindingRefusal | null {
  if (finding.filed) return 'filed';
  if (finding.withdrawn) return 'withdrawn';
  if (isFinished(round.status)) return 'round_finished';
  if (mayManage(who)) return null;
  // A member may change what it recorded itself, while it may still record.
  return mayRecord(who, round) && finding.recordedBy === who.userId ? null : 'not_recorder';
}

/** The channel a finding enters the case system on. */
export const channelOf = (kind: RoundKind): 'inspection' | 'covert_visit' => (kind === 'open' ? 'inspection' : 'covert_visit');

/** A round's days in order, or the field to blame. */
export function checkDays(startsOn: string, endsOn: string): { path: 'endsOn'; message: string } | null {
  return endsOn < startsOn ? { path: 'endsOn', message: 'must not be before startsOn' } : null;
}

/** Why the office cannot change a round: it has ended (closed or called off). */
export const roundEditRefusal = (status: RoundStatus): 'round_closed' | null => (isFinished(status) ? 'round_closed' : null);

/** Why a user cannot record a finding in a round: it is not in progress, or the user is neither the office nor a member. */
export function recordRefusal(who: Who, round: RoundAccess): 'round_not_in_progress' | 'not_member' | null {
  if (round.status !== 'in_progress') return 'round_not_in_progress';
  return mayRecord(who, round) ? null : 'not_member';
}

/** Why a finding not yet filed cannot be filed as a case: it was withdrawn. */
export const fileRefusal = (finding: Pick<FindingState, 'withdrawn'>): 'withdrawn' | null => (finding.withdrawn ? 'withdrawn' : null);

/** Why a finding's fields are wrong: a unit the round does not visit, a category the campaign lacks, a time in the future (a minute's grace for clocks). */
export type FindingFieldRefusal = 'unit_not_visited' | 'unknown_category' | 'observed_in_future';

export function findingFieldRefusal(
  round: { unitIds: readonly number[] },
  b: { unitId?: number | undefined; category?: string | undefined; observedAt?: string | undefined },
  categories: readonly string[],
  now: number,
): FindingFieldRefusal | null {
  if (b.unitId !== undefined && !round.unitIds.includes(b.unitId)) return 'unit_not_visited';
  if (b.category !== undefined && !categories.includes(b.category)) return 'unknown_category';
  if (b.observedAt !== undefined && new Date(b.observedAt).getTime() > now + 60_000) return 'observed_in_future';
  return null;
}

/** Who may be a round's member: an inspector account still in use. */
export const mayBeMember = (u: { role: string; disabled: boolean }): boolean => u.role === 'inspector' && !u.disabled;
