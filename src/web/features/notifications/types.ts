export interface Notification {
  id: number;
  /** The case step or job that caused it, e.g. assign, remind, escalate, message. */
  kind: string;
  caseId: number | null;
  title: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: Notification[];
  unread: number;
}
