export interface Notification {
  id: number;
  /** What caused it: a case step or job (assign, remind, escalate, message) or a round's (inspection.member, inspection.started, inspection.cancelled). */
  kind: string;
  caseId: number | null;
  /** The inspection round, for a notice to its members. */
  roundId: number | null;
  title: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: Notification[];
  unread: number;
}
