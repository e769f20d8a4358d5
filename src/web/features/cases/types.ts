// Mirrors src/modules/cases/rules.ts and presenters.ts; the server stays the authority.
export const STATUSES = ['received', 'accepted', 'not_accepted', 'assigned', 'responded', 'closed', 'merged'] as const;
export type Status = (typeof STATUSES)[number];

export const CHANNELS = [
  'hotline', 'complaint_box', 'web', 'media', 'inspection', 'covert_visit',
  'evaluation', 'self_inspection', 'project_monitoring', 'letter', 'walk_in',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const STEPS = [
  'accept', 'reject', 'assign', 'transfer', 'remind', 'escalate', 'request_extension',
  'grant_extension', 'respond', 'verify_close', 'return', 'follow_up', 'reopen', 'merge',
] as const;
export type Step = (typeof STEPS)[number];

export const SATISFACTION = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION)[number];

export const SUBSTANTIATED = ['yes', 'partly', 'no'] as const;
export type Substantiated = (typeof SUBSTANTIATED)[number];

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue';

export interface CaseListItem {
  id: number;
  code: string;
  channel: string;
  category: string;
  title: string;
  status: Status;
  unitId: number | null;
  unitName: string | null;
  assignedUnitId: number | null;
  assignedUnitName: string | null;
  receivedAt: string;
  dueDate: string | null;
  /** Set only while the case is with a unit. */
  deadline: DeadlineState | null;
  escalationLevel: number;
  anonymous: boolean;
}

export interface CasePage {
  items: CaseListItem[];
  nextCursor: string | null;
}

export interface CaseCounts {
  byStatus: Partial<Record<Status, number>>;
  overdue: number;
  dueSoon: number;
}

export interface TimelineEvent {
  id: number;
  ts: string;
  action: string;
  /** office, liaison, system or public */
  actorKind: string;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface CaseAttachment {
  id: number;
  filename: string;
  mime: string;
  size: number;
  eventId: number | null;
  createdAt: string;
}

export interface CaseMessage {
  id: number;
  /** office or public */
  author: string;
  body: string;
  ts: string;
}

export interface AccountabilityOutcome {
  id: number;
  targetKind: string;
  personName: string | null;
  personPosition: string | null;
  unitId: number | null;
  outcome: string;
  decisionDate: string;
  documentNo: string;
  decidedBy: string;
}

export interface CaseDetail extends CaseListItem {
  channelDetail: Record<string, unknown>;
  body: string;
  personsConcerned: { name: string; position?: string }[];
  secondaryCategories: string[];
  substantiated: string | null;
  satisfaction: string | null;
  mergedIntoId: number | null;
  hasReporter: boolean;
  /** Filed on the portal: the reporter holds a receipt and can read the office's messages. */
  publicReceipt: boolean;
  allowedActions: string[];
  canRecordAccountability: boolean;
  timeline: TimelineEvent[];
  attachments: CaseAttachment[];
  messages: CaseMessage[];
  accountability: AccountabilityOutcome[];
}

export interface Reporter {
  name: string | null;
  phone: string | null;
  idNumber: string | null;
  /** Channel details that identify the reporter, sealed with the identity (sender, address…). */
  details: Record<string, string>;
}

export function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
