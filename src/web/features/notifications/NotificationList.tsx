import { Button, Empty, Flex, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isNoticeKey, wordNotice } from '../../../modules/notifications/contract';
import { useMarkAllRead, useRecentNotifications } from './queries';
import type { Notification } from './types';

/** The notice in the reader's language, from the catalogue the server stores it by; older notices keep their words. */
function noticeText(notice: Notification, language: string): string {
  const m = notice.message;
  if (!m || !isNoticeKey(m.key)) return notice.title;
  return wordNotice(m.key, m.params, language.startsWith('en') ? 'en' : 'zh-CN');
}

const ITEM_STYLE = { width: '100%', border: 0, textAlign: 'start', cursor: 'pointer', padding: '10px 12px', borderRadius: 4 } as const;

function Item({ notice, onPick }: { notice: Notification; onPick: (notice: Notification) => void }) {
  const { i18n } = useTranslation();
  return (
    <Flex
      component="button"
      gap={10}
      align="flex-start"
      style={{ ...ITEM_STYLE, background: notice.read ? 'transparent' : '#f0f6ff' }}
      onClick={() => onPick(notice)}
      data-testid="notification"
    >
      <span
        aria-hidden
        style={{ width: 8, height: 8, borderRadius: '50%', marginTop: 7, flexShrink: 0, background: notice.read ? 'transparent' : '#1b5fad' }}
      />
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Typography.Text strong={!notice.read} style={{ fontSize: 13 }}>
          {noticeText(notice, i18n.language)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dayjs(notice.createdAt).format('MM-DD HH:mm')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/** The recent notices inside the bell's popover. */
export function NotificationList({ onPick }: { onPick: (notice: Notification) => void }) {
  const { t } = useTranslation();
  const recent = useRecentNotifications(true);
  const markAll = useMarkAllRead();
  const unread = recent.data?.unread ?? 0;
  return (
    <Flex vertical style={{ width: 340 }}>
      <Flex justify="space-between" align="center" style={{ padding: '4px 4px 8px', borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {recent.isPending ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : recent.data?.items.length ? (
        <Flex vertical gap={2} style={{ maxHeight: 420, overflow: 'auto', paddingTop: 4 }}>
          {recent.data.items.map((notice) => (
            <Item key={notice.id} notice={notice} onPick={onPick} />
          ))}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      )}
    </Flex>
  );
}
