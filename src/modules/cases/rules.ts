/** The case state machine: one table of allowed transitions, enforced on the server. Pure. */
import { AppError } from '../../core/errors.js';

export const STATUSES = ['received', 'accepted', 'not_accepted', 'assigned', 'responded', 'closed', 'merged'] as const;
export type Status = (typeof STATUSES)[number];

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
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof TRANSITIONS;
export const ACTIONS = Object.keys(TRANSITIONS) as Action[];

/** A step the state machine does not allow: a 409 that names the steps that are. */
export class IllegalTransition extends AppError {
  constructor(
    readonly action: Action,
    readonly caseStatus: Status,
    readonly allowed: Action[],
  ) {
    super(409, 'illegal_transition', `"${action}" is not allowed on a case that is ${caseStatus}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`, undefined, undefined, {
      caseStatus,
      allowed,
    });
  }
}

/** The steps an actor may take on a case in this status. */
export function allowedActions(status: Status, by: ActorKind): Action[] {
  return ACTIONS.filter((a) => {
    const rule: Rule = TRANSITIONS[a];
    return rule.from.includes(status) && rule.by.includes(by);
  });
}

/** The status after the step, or IllegalTransition naming the steps that are allowed. */
export function nextStatus(status: Status, action: Action, by: ActorKind): Status {
  const rule: Rule = TRANSITIONS[action];
  if (!rule.from.includes(status) || !rule.by.includes(by)) throw new IllegalTransition(action, status, allowedActions(status, by));
  return rule.to === 'same' ? status : rule.to;
}

export const CHANNELS = [
  'hotline',
  'complaint_box',
  'web',
  'media',
  'inspection',
  'covert_visit',
  'evaluation',
  'self_inspection',
  'project_monitoring',
  'letter',
  'walk_in',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SATISFACTION = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export const SUBSTANTIATED = ['yes', 'partly', 'no'] as const;

export const DEFAULT_HANDLING_WORKDAYS = 15;

export type DeadlineRule = { channel: string | null; category: string | null; workdays: number };

/** Working days to handle a case: the most specific rule wins (channel and category, then category, then channel). */
export function handlingWorkdays(rules: DeadlineRule[], channel: string, category: string): number {
  const score = (r: DeadlineRule) => (r.channel === null ? 0 : 1) + (r.category === null ? 0 : 2);
  const matching = rules.filter((r) => (r.channel === null || r.channel === channel) && (r.category === null || r.category === category));
  matching.sort((a, b) => score(b) - score(a));
  return matching[0]?.workdays ?? DEFAULT_HANDLING_WORKDAYS;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A resident identity card number (GB 11643-1999): 18 characters with a valid check character and birth date. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** A mainland mobile number or a landline with its area code. */
export const isValidPhone = (p: string) => /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}-?\d{7,8}$/.test(p);
