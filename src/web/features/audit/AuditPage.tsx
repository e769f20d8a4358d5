import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../common/problems';
import { usePhone } from '../../common/usePhone';
import { currentLanguage } from '../../i18n';
import { Page } from '../../shell/Page';
import { QueryError } from '../../shell/QueryError';
import { AuditCards } from './AuditCards';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainReportAlert } from './ChainReportAlert';
import { useAuditLog, useExportTrail, useVerifyChain } from './queries';
import type { AuditFilter } from './types';
import { useWording } from './useWording';

export function AuditPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const wording = useWording();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(filter);
  const verify = useVerifyChain();
  const exporting = useExportTrail();
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const verifyButton = (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
  const exportButton = (
    <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate({ filter, language: currentLanguage() })} data-testid="audit-export">
      {t('audit.export')}
    </Button>
  );
  return (
    <Page title={t('audit.title')} subtitle={t('audit.subtitle')} extra={verifyButton}>
      {verify.data && <ChainReportAlert report={verify.data} />}
      {verify.isError && <Alert type="error" showIcon title={problemText(verify.error, t)} />}
      {exporting.isError && <Alert type="error" showIcon closable title={t('audit.exportFailed', { reason: problemText(exporting.error, t) })} />}
      <Card styles={phone ? { body: { padding: 12 } } : undefined}>
        <Flex vertical gap={16}>
          <AuditFilters onChange={setFilter} wording={wording} extra={exportButton} />
          {log.isError ? (
            <QueryError error={log.error} onRetry={() => void log.refetch()} />
          ) : phone ? (
            <AuditCards entries={entries} loading={log.isPending} wording={wording} />
          ) : (
            <AuditTable entries={entries} loading={log.isPending} wording={wording} />
          )}
          <Flex justify="space-between" align="center" gap={8} wrap>
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
