import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../common/problems';
import { Page } from '../../shell/Page';
import { QueryError } from '../../shell/QueryError';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainReportAlert } from './ChainReportAlert';
import { useAuditLog, useVerifyChain } from './queries';
import type { AuditFilter } from './types';

export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(filter);
  const verify = useVerifyChain();
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const verifyButton = (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
  return (
    <Page title={t('audit.title')} subtitle={t('audit.subtitle')} extra={verifyButton}>
      {verify.data && <ChainReportAlert report={verify.data} />}
      {verify.isError && <Alert type="error" showIcon title={problemText(verify.error, t)} />}
      <Card>
        <Flex vertical gap={16}>
          <AuditFilters onChange={setFilter} />
          {log.isError ? (
            <QueryError error={log.error} onRetry={() => void log.refetch()} />
          ) : (
            <AuditTable entries={entries} loading={log.isPending} />
          )}
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary">{t('audit.shown', { count: entries.length })}</Typography.Text>
            {log.hasNextPage ? (
              <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                {t('audit.loadMore')}
              </Button>
            ) : (
              !log.isPending && <Typography.Text type="secondary">{t('audit.noMore')}</Typography.Text>
            )}
          </Flex>
        </Flex>
      </Card>
    </Page>
  );
}
