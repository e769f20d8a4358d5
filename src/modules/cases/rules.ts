/** The case state machine: one table of allowed transitions, enforced on the server. Pure. */
import { ACTIONS, type Action, type Status } from './contract.js';

// The enums and the pure checks live in the contract; re-exported here for the server's modules.
export { ACTIONS, CHANNELS, isValidIdNumber, isValidPhone, SATISFACTION, STATUSES, SUBSTANTIATED } from './contract.js';
export type { Action, Channel, Status } from './contract.js';

/** Who takes a step: the campaign office, the liaison of the assigned unit, or the scheduler. */
export type ActorKind = 'office' | 'liaison' | 'system';

type Rule = { from: readonly Status[]; to: Status | 'same'; by: readonly ActorKind[] };

export const TRANSITIONS = {
  accept: { from: ['received'], to: 'accepted', by: ['office'] },
  reject: { from: ['received'], to: 'not_accepted', by: ['office'] },
  assign: { from: ['accepted'], to: 'assigned', by: ['office'] },
  transfer: { from: ['assigned'], to: 'same', by: ['office'] },
  remind: { from: ['assigned'], to: 'same', by: ['office', 'system'] },
  escalate: { from: ['assigned'], to: 'same', by: ['office', 'system'] },
  request_extension: { from: ['assigned'], to: 'same', by: ['liaison'] },
  grant_extension: { from: ['assigned'], to: 'same', by: ['office'] },
  respond: { from: ['assigned'], to: 'responded', by: ['liaison', 'office'] },
  verify_close: { from: ['responded'], to: 'closed', by: ['office'] },
  return: { from: ['responded'], to: 'assigned', by: ['office'] },
  follow_up: { from: ['closed'], to: 'same', by: ['office'] },
  reopen: { from: ['closed'], to: 'assigned', by: ['office'] },
  merge: { from: ['received', 'accepted'], to: 'merged', by: ['office'] },
} as const satisfies Record<Action, Rule>;

/** The steps an actor may take on a case in this status. */
export function allowedActions(status: Status, by: ActorKind): Action[] {
  return ACTIONS.filter((a) => {
    const rule: Rule = TRANSITIONS[a];
    return rule.from.includes(status) && rule.by.includes(by);
  });
}

/** The status after the step, or the refusal (illegal_transition) with the steps that are allowed. */
export function nextStatus(status: Status, action: Action, by: ActorKind): { ok: true; to: Status } | { ok: false; reason: 'illegal_transition'; allowed: Action[] } {
  const rule: Rule = TRANSITIONS[action];
  if (!rule.from.includes(status) || !rule.by.includes(by)) return { ok: false, reason: 'illegal_transition', allowed: allowedActions(status, by) };
  return { ok: true, to: rule.to === 'same' ? status : rule.to };
}

export const DEFAULT_HANDLING_WORKDAYS = 15;

export type DeadlineRule = { channel: string | null; category: string | null; workdays: number };

/** Working days to handle a case: the most specific rule wins (channel and category, then category, then channel). */
export function handlingWorkdays(rules: DeadlineRule[], channel: string, category: string): number {
  const score = (r: DeadlineRule) => (r.channel === null ? 0 : 1) + (r.category === null ? 0 : 2);
  const matching = rules.filter((r) => (r.channel === null || r.channel === channel) && (r.category === null || r.category === category));
  matching.sort((a, b) => score(b) - score(a));
  return matching[0]?.workdays ?? DEFAULT_HANDLING_WORKDAYS;
}

/** Accountability (问责) is recorded on a substantiated case only: the refusal, or null when it may be. */
export function accountabilityRefusal(substantiated: string | null): 'not_substantiated' | null {
  return substantiated === 'yes' || substantiated === 'partly' ? null : 'not_substantiated';
}

/** Who records accountability outcomes. */
export const ACCOUNTABILITY_ROLES = ['office_admin', 'office_staff', 'leader'] as const;

/** A refusal that names the field it is about (a 400 problem naming it). */
export type FieldRefusal = { path: string; message: string; title: string };

/** A case handed to a unit must go somewhere: the unit named, or the one the case names; a transfer must change it. */
export function handOverRefusal(unitId: number | null, currentUnitId: number | null, transfer: boolean): FieldRefusal | null {
  if (!unitId) return { path: 'unitId', message: 'is required: the case names no unit', title: 'Name the unit to hand the case to' };
  if (transfer && unitId === currentUnitId) return { path: 'unitId', message: 'is the current unit', title: 'The case is already with that unit' };
  return null;
}

/** An extension moves the due date later. */
export function extensionRefusal(currentDue: string | null, newDue: string): FieldRefusal | null {
  return currentDue && newDue <= currentDue ? { path: 'dueDate', message: `must be after ${currentDue}`, title: 'An extension must move the due date later' } : null;
}

/** A case merges into another case that is not merged itself. */
export function mergeRefusal(caseId: number, into: { id: number; status: string } | null): FieldRefusal | null {
  if (into?.id === caseId) return { path: 'intoCaseId', message: 'is this case', title: 'A case cannot be merged into itself' };
  if (!into || into.status === 'merged') return { path: 'intoCaseId', message: 'no such case, or it was merged itself', title: 'No case to merge into' };
  return null;
}
