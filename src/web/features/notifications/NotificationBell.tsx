import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotificationList } from './NotificationList';
import { useMarkRead, useUnreadCount } from './queries';
import type { Notification } from './types';

/** The header's bell: unread count, and the recent notices one click away. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount().data?.unread ?? 0;
  const markRead = useMarkRead();
  const pick = (notice: Notification) => {
    if (!notice.read) markRead.mutate(notice.id);
    setOpen(false);
    if (notice.caseId !== null) void navigate(`/cases/${notice.caseId}`);
    else if (notice.roundId !== null) void navigate(`/inspections/${notice.roundId}`);
  };
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
