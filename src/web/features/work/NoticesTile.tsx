import { BellOutlined } from '@ant-design/icons';
import { Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotificationList } from '../notifications/NotificationList';
import { useMarkRead, useUnreadCount } from '../notifications/queries';
import type { Notification } from '../notifications/types';
import { BUTTON_TILE_STYLE, TileBody } from './QueueTile';

/** The unread notices (messages from the public, assignments, reminders): the tile opens them in place, as the bell does. */
export function NoticesTile({ wide = false }: { wide?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const pick = (notice: Notification) => {
    if (!notice.read) markRead.mutate(notice.id);
    setOpen(false);
    if (notice.caseId !== null) void navigate(`/cases/${notice.caseId}`);
    else if (notice.roundId !== null) void navigate(`/inspections/${notice.roundId}`);
  };
  return (
    <Popover trigger="click" placement="bottom" open={open} onOpenChange={setOpen} content={<NotificationList onPick={pick} />} destroyOnHidden>
      <button
        type="button"
        style={wide ? { ...BUTTON_TILE_STYLE, gridColumn: '1 / -1' } : BUTTON_TILE_STYLE}
        data-testid="work-tile-notices"
        aria-expanded={open}
      >
        <TileBody
          icon={<BellOutlined />}
          label={t('work.queues.notices')}
          hint={t('work.hints.notices')}
          count={unread.data?.unread}
          unit={t('work.noticeUnit')}
          tone="normal"
        />
      </button>
    </Popover>
  );
}
