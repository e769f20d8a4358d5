import {
  AuditOutlined,
  ClockCircleOutlined,
  CloudUploadOutlined,
  ExclamationCircleOutlined,
  FileAddOutlined,
  PlusOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePhone } from '../../common/usePhone';
import { Page } from '../../shell/Page';
import { useMe } from '../auth/queries';
import { isOffice } from '../cases/access';
import { NewestReceived } from './NewestReceived';
import { NoticesTile } from './NoticesTile';
import { useQueueCounts } from './queries';
import { PORTAL_COUNTS, QUEUES, queueCount, queueLink, queueTone, type QueueKey } from './queue';
import { QueueLinkTile } from './QueueTile';

const ICONS: Record<QueueKey, ReactNode> = {
  received: <FileAddOutlined />,
  accepted: <SendOutlined />,
  responded: <AuditOutlined />,
  dueSoon: <ClockCircleOutlined />,
  overdue: <ExclamationCircleOutlined />,
  portal: <CloudUploadOutlined />,
};

// As many tiles to a row as fit: all seven on a desk, two by two on a phone.
const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(128px, 1fr))', gap: 12 } as const;

/**
 * Where the office starts its day: how many cases wait at each step, each figure a link to the
 * list of exactly those cases, the unread notices, and the newest cases to accept. A leader sees
 * the same figures, read only.
 */
export function WorkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const office = me ? isOffice(me.role) : false;
  const phone = usePhone();
  const all = useQueueCounts();
  const portal = useQueueCounts(PORTAL_COUNTS);
  const figures = all.data && portal.data ? { all: all.data, portal: portal.data } : undefined;
  const failed = all.isError || portal.isError;
  return (
    <Page
      title={t('work.title')}
      subtitle={office ? t('work.subtitle') : t('work.leaderSubtitle')}
      extra={
        office && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate('/cases/new')}>
            {t('cases.newCase')}
          </Button>
        )
      }
    >
      {failed && (
        <Alert
          type="warning"
          showIcon
          title={t('work.loadFailed')}
          action={
            <Button
              size="small"
              onClick={() => {
                void all.refetch();
                void portal.refetch();
              }}
            >
              {t('actions.retry')}
            </Button>
          }
        />
      )}
      <div style={GRID} data-testid="work-tiles">
        {QUEUES.map((queue) => {
          const count = figures ? queueCount(queue, figures) : undefined;
          return (
            <QueueLinkTile
              key={queue}
              to={queueLink(queue)}
              testId={`work-tile-${queue}`}
              icon={ICONS[queue]}
              label={t(`work.queues.${queue}`)}
              hint={t(`work.hints.${queue}`)}
              count={count}
              unit={t('work.caseUnit')}
              tone={queueTone(queue, count ?? 0)}
            />
          );
        })}
        {/* On a phone the seventh tile would sit alone in half a row: it takes the whole row. */}
        <NoticesTile wide={phone} />
      </div>
      {office && <NewestReceived />}
    </Page>
  );
}
