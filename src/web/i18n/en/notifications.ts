import type { notifications as zh } from '../zh-CN/notifications';

export const notifications: typeof zh = {
  title: 'Notifications',
  bell: 'Notifications ({{count}} unread)',
  markAllRead: 'Mark all as read',
  empty: 'No notifications',
};
