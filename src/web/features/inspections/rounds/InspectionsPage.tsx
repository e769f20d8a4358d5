import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shell/Page';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { isOffice } from '../../cases/access';
import { useRounds } from '../queries';
import { CreateRoundDrawer } from './CreateRoundDrawer';
import { RoundFilters } from './RoundFilters';
import { RoundTable } from './RoundTable';
import { useRoundFilter } from './useRoundFilter';

/** The open inspections and covert visits the user may see; the office plans new ones here. */
export function InspectionsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const office = me ? isOffice(me.role) : false;
  const [filter, setFilter] = useRoundFilter();
  const rounds = useRounds(filter);
  const [creating, setCreating] = useState(false);
  const filtered = filter.status !== null || filter.kind !== null;
  const emptyText = t(filtered ? 'inspections.empty.filtered' : office ? 'inspections.empty.office' : me?.role === 'inspector' ? 'inspections.empty.inspector' : 'inspections.empty.reader');
  const extra = office && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-inspection">
      {t('inspections.create.button')}
    </Button>
  );
  return (
    <Page title={t('inspections.title')} subtitle={t('inspections.subtitle')} extra={extra}>
      <Card styles={{ body: { padding: 0 } }}>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
          <RoundFilters filter={filter} onChange={setFilter} />
          {me?.role === 'inspector' && <Typography.Text type="secondary">{t('inspections.onlyMine')}</Typography.Text>}
          {me?.role === 'leader' && <Typography.Text type="secondary">{t('inspections.readOnly')}</Typography.Text>}
        </Flex>
        {rounds.isError ? (
          <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />
        ) : (
          <RoundTable rounds={rounds.data?.items ?? []} loading={rounds.isPending || (rounds.isPlaceholderData && rounds.isFetching)} emptyText={emptyText} />
        )}
      </Card>
      {creating && <CreateRoundDrawer onClose={() => setCreating(false)} />}
    </Page>
  );
}
