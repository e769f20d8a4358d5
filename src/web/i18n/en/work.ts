import type { work as zh } from '../zh-CN/work';

export const work: typeof zh = {
  title: 'My work',
  subtitle: 'The cases waiting for you; each figure opens those cases',
  leaderSubtitle: 'How the cases stand (read only); each figure opens those cases',
  queues: {
    received: 'To accept',
    accepted: 'To assign',
    responded: 'To verify',
    dueSoon: 'Due soon',
    overdue: 'Overdue',
    portal: 'Online complaints',
    notices: 'Messages & notices',
  },
  hints: {
    received: 'New, not yet accepted',
    accepted: 'Accepted, not yet assigned',
    responded: 'The unit responded; verify',
    dueSoon: "The unit's deadline is close",
    overdue: "Past the unit's deadline",
    portal: 'New from the public portal',
    notices: 'Messages, assignments and more',
  },
  caseUnit: '',
  noticeUnit: 'unread',
  newest: 'Newest to accept',
  newestAll: 'All cases to accept',
  newestEmpty: 'No case is waiting to be accepted',
  loadFailed: 'Some figures could not be loaded',
};
