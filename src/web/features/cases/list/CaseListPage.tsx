import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../../shell/Page';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { isOffice } from '../access';
import { useCaseCounts, useCaseList } from '../queries';
import { STATUSES, type Status } from '../types';
import { filtersToQuery, hasFilters, SORTS, type SortKey } from './caseFilters';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseQuickFilters } from './CaseQuickFilters';
import { CaseTable } from './CaseTable';
import { ExportButton } from './ExportButton';
import { useCaseFilters } from './useCaseFilters';

const UNIT_STATUSES: readonly Status[] = ['assigned', 'responded', 'closed'];

/** The office's case list, and for a unit liaison the inbox of its unit's cases. */
export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const liaison = me?.role === 'unit_liaison';
  // A unit works down its deadlines; the office takes in the newest first.
  const defaultSort: SortKey = liaison ? 'due_asc' : 'received_desc';
  const [filters, update, reset] = useCaseFilters(defaultSort);
  const query = useMemo(() => filtersToQuery(filters), [filters]);
  const list = useCaseList(query);
  const counts = useCaseCounts();
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const extra = (
    <Flex gap={8}>
      <ExportButton filters={filters} />
      {me && isOffice(me.role) && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
          {t('cases.newCase')}
        </Button>
      )}
    </Flex>
  );
  return (
    <Page
      title={liaison ? t('cases.inboxTitle') : t('cases.title')}
      subtitle={liaison && me?.unit ? t('cases.inboxSubtitle', { unit: me.unit.name }) : undefined}
      extra={extra}
    >
      <Card styles={{ body: { padding: '12px 16px' } }}>
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <CaseQuickFilters statuses={liaison ? UNIT_STATUSES : STATUSES} counts={counts.data} filters={filters} onChange={update} />
            <Flex gap={8}>
              <Button onClick={reset} disabled={!hasFilters(filters)}>
                {t('cases.filters.reset')}
              </Button>
              <Select<SortKey>
                aria-label={t('cases.filters.sort')}
                value={filters.sort}
                onChange={(sort) => update({ sort })}
                options={SORTS.map((value) => ({ value, label: t(`cases.sort.${value}`) }))}
                style={{ width: 170 }}
              />
            </Flex>
          </Flex>
          <CaseFilterBar filters={filters} onChange={update} />
        </Flex>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <CaseTable cases={items} loading={list.isPending || (list.isPlaceholderData && list.isFetching)} showAssignedUnit={!liaison} />
        )}
        <Flex justify="space-between" align="center" style={{ padding: '10px 16px', borderTop: '1px solid #f0f0f0' }}>
          <Typography.Text type="secondary" data-testid="case-shown">
            {t('cases.list.shown', { count: items.length })}
          </Typography.Text>
          {list.hasNextPage ? (
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('cases.list.loadMore')}
            </Button>
          ) : (
            items.length > 0 && <Typography.Text type="secondary">{t('cases.list.allLoaded')}</Typography.Text>
          )}
        </Flex>
      </Card>
    </Page>
  );
}
