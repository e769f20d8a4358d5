import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotificationList } from './NotificationList';
import { useUnreadCount } from './queries';
import { useNoticePopover } from './useNoticePopover';

/** The header's bell: unread count, and the recent notices one click away. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { open, setOpen, pick } = useNoticePopover();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      // Rendered only while open, so the list is fetched when someone looks at it.
      content={<NotificationList onPick={pick} />}
      destroyOnHidden
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label={t('notifications.bell', { count: unread })} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
