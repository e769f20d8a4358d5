import { Button, Card, Flex, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../common/format';
import { QueryError } from '../../shell/QueryError';
import { useReportVersion } from './queries';
import { ReportContentView } from './ReportContentView';
import { ReviewSummary } from './ReviewSummary';
import type { Report } from './types';

/** Every submitted version of the report (v1, v2, …), each opening what was submitted and the review of it. */
export function VersionsCard({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Card size="small" title={t('selfInspections.versions.title')} data-testid="versions">
      {report.versions.length === 0 ? (
        <Typography.Text type="secondary">{t('selfInspections.versions.none')}</Typography.Text>
      ) : (
        <Flex vertical>
          {report.versions.map((version, index) => (
            <Flex key={version.version} justify="space-between" align="center" gap={8} style={{ padding: '8px 0', borderTop: index === 0 ? undefined : '1px solid #f0f0f0' }} data-testid="version">
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong>{t('selfInspections.versions.version', { n: version.version })}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {version.submittedBy
                    ? t('selfInspections.versions.submitted', { by: version.submittedBy, at: formatDateTime(version.submittedAt) })
                    : t('selfInspections.versions.submittedAt', { at: formatDateTime(version.submittedAt) })}
                </Typography.Text>
              </Flex>
              <Button type="link" size="small" onClick={() => setOpen(version.version)} data-testid="open-version">
                {t('selfInspections.versions.open')}
              </Button>
            </Flex>
          ))}
        </Flex>
      )}
      {open !== null && <VersionModal report={report} version={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}

function VersionModal({ report, version, onClose }: { report: Report; version: number; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useReportVersion(report.id, version);
  const entry = report.versions.find((v) => v.version === version);
  return (
    <Modal
      open
      title={t('selfInspections.versions.modalTitle', { n: version, at: entry ? formatDateTime(entry.submittedAt) : '' })}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} data-testid="close-version">
          {t('selfInspections.versions.close')}
        </Button>
      }
      width={820}
      destroyOnHidden
    >
      {query.isPending ? (
        <Flex justify="center" style={{ padding: 32 }}>
          <Spin />
        </Flex>
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Flex vertical gap={16} data-testid="version-view">
          <Card size="small" title={t('selfInspections.review.result')}>
            {query.data.review ? <ReviewSummary review={query.data.review} kind={report.request.kind} /> : <Typography.Text type="secondary">{t('selfInspections.review.notReviewed')}</Typography.Text>}
          </Card>
          <ReportContentView
            content={query.data.content}
            comments={query.data.review ? { label: t('selfInspections.lastReview.itemComment'), byKey: query.data.review.itemComments } : null}
            testId="version-content"
          />
        </Flex>
      )}
    </Modal>
  );
}
