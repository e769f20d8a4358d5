import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/Page';
import { QueryError } from '../../shell/QueryError';
import { useMe } from '../auth/queries';
import { isOffice } from '../cases/access';
import { CreateRequestModal } from './CreateRequestModal';
import { useRequests } from './queries';
import { RequestTable } from './RequestTable';

/** The reports the office asked for, with how far each has come; a liaison's own report of each. */
export function RequestsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const office = me ? isOffice(me.role) : false;
  const liaison = me?.role === 'unit_liaison';
  const requests = useRequests();
  const [creating, setCreating] = useState(false);
  const emptyText = t(office ? 'selfInspections.empty.office' : liaison ? 'selfInspections.empty.liaison' : 'selfInspections.empty.reader');
  const extra = office && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-request">
      {t('selfInspections.create.button')}
    </Button>
  );
  return (
    <Page title={t('selfInspections.title')} subtitle={t(liaison ? 'selfInspections.liaisonSubtitle' : 'selfInspections.subtitle')} extra={extra}>
      <Card styles={{ body: { padding: 0 } }}>
        {me?.role === 'leader' && (
          <Flex style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
            <Typography.Text type="secondary">{t('selfInspections.readOnly')}</Typography.Text>
          </Flex>
        )}
        {requests.isError ? (
          <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
        ) : (
          <RequestTable requests={requests.data ?? []} loading={requests.isPending} emptyText={emptyText} liaison={liaison} />
        )}
      </Card>
      {creating && <CreateRequestModal onClose={() => setCreating(false)} />}
    </Page>
  );
}
