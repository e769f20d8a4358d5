export type { Notification, NotificationPage } from '../../../modules/notifications/contract';
