import { Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BlockList } from '../../shell/BlockList';
import { QueryError } from '../../shell/QueryError';
import { channelLabel } from '../cases/labels';
import { useCategoryName } from '../cases/useCategoryName';
import { useNewestReceived } from './queries';
import { queueLink } from './queue';

const NEWEST = 5;

/** The few cases that came in last and wait to be accepted, each a link to the case. */
export function NewestReceived() {
  const { t } = useTranslation();
  const newest = useNewestReceived(NEWEST);
  const categoryName = useCategoryName();
  return (
    <Card
      title={t('work.newest')}
      extra={<Link to={queueLink('received')}>{t('work.newestAll')}</Link>}
      styles={{ body: { padding: 0 } }}
      data-testid="work-newest"
    >
      {newest.isError ? (
        <QueryError error={newest.error} onRetry={() => void newest.refetch()} />
      ) : (
        <BlockList
          items={newest.data?.items ?? []}
          itemKey={(item) => item.id}
          link={(item) => `/cases/${item.id}`}
          loading={newest.isPending}
          empty={t('work.newestEmpty')}
          testId="work-newest-list"
          itemTestId="work-newest-case"
          render={(item) => (
            <Flex justify="space-between" align="baseline" gap="4px 16px" wrap>
              <div style={{ minWidth: 0, flex: '1 1 320px' }}>
                <Typography.Text strong style={{ display: 'block' }}>
                  {item.anonymous && <Tag style={{ marginInlineEnd: 6 }}>{t('cases.list.anonymous')}</Tag>}
                  {item.title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[categoryName(item.category), item.unitName].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
              <Flex gap={8} align="baseline" wrap style={{ flex: '0 0 auto' }}>
                <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{item.code}</Typography.Text>
                <Tag style={{ marginInlineEnd: 0 }}>{channelLabel(t, item.channel)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dayjs(item.receivedAt).format('MM-DD HH:mm')}
                </Typography.Text>
              </Flex>
            </Flex>
          )}
        />
      )}
    </Card>
  );
}
