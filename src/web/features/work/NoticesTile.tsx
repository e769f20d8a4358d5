import { BellOutlined } from '@ant-design/icons';
import { Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotificationList } from '../notifications/NotificationList';
import { useUnreadCount } from '../notifications/queries';
import { useNoticePopover } from '../notifications/useNoticePopover';
import { BUTTON_TILE_STYLE, TileBody } from './QueueTile';

/** The unread notices (messages from the public, assignments, reminders): the tile opens them in place, as the bell does. */
export function NoticesTile({ wide = false }: { wide?: boolean }) {
  const { t } = useTranslation();
  const { open, setOpen, pick } = useNoticePopover();
  const unread = useUnreadCount();
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
