import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../common/api';
import { formatDate, formatDateTime } from '../../common/format';
import { NotFound } from '../../shell/NotFound';
import { Page } from '../../shell/Page';
import { PageSpin } from '../../shell/PageSpin';
import { QueryError } from '../../shell/QueryError';
import { useMe } from '../auth/queries';
import { BackLink } from '../evaluations/BackLink';
import type { ItemComments } from './ItemNotes';
import { selfInspectionKeys, useReport, useReportVersion } from './queries';
import { ReportContentView } from './ReportContentView';
import { ReportEditor } from './ReportEditor';
import { ReviewPanel } from './ReviewPanel';
import { ReviewSummary } from './ReviewSummary';
import { KindTag, LateTag, ReportStatusTag } from './Tags';
import type { Report } from './types';
import { VersionsCard } from './VersionsCard';

/** One unit's report: the liaison's editor while it may be changed, else the report to read (and for the office, to review). */
export function ReportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const reportId = Number(id);
  const valid = Number.isSafeInteger(reportId) && reportId > 0;
  const report = useReport(valid ? reportId : 0);
  if (!valid) return <NotFound />;
  if (report.isPending) return <PageSpin />;
  // Another unit's report answers 404 exactly like one that does not exist.
  if (report.isError) {
    return isApiError(report.error, 404) ? (
      <NotFound title={t('selfInspections.report.notFound')} back={{ to: '/self-inspections', label: t('selfInspections.backToList') }} />
    ) : (
      <QueryError error={report.error} onRetry={() => void report.refetch()} />
    );
  }
  return <ReportView report={report.data} />;
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  // Bumped to start the editor afresh from the report as read again (after someone else's save).
  const [session, setSession] = useState(0);
  const [itemComments, setItemComments] = useState<Record<string, string>>({});
  const reviewing = report.canReview && report.status === 'submitted';
  const review = report.lastReview;
  // A report submitted again has no review yet: the office's comments of the return are those of the version before.
  const before = report.status === 'submitted' && review === null && report.versions.length > 1 ? (report.versions.at(-2)?.version ?? null) : null;
  const previous = useReportVersion(report.id, before);
  const previousReturn = previous.data?.review?.decision === 'return' ? previous.data.review : null;
  const returnedWith = report.status === 'returned' && review?.decision === 'return' ? review : null;
  const comments: ItemComments | null = previousReturn
    ? { label: t('selfInspections.lastReview.previousItemComment'), byKey: previousReturn.itemComments }
    : review
      ? { label: t('selfInspections.lastReview.itemComment'), byKey: review.itemComments }
      : null;
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: selfInspectionKeys.report(report.id), exact: true });
    setSession((n) => n + 1);
  };
  const backTo = me?.role === 'unit_liaison' ? { to: '/self-inspections', label: t('selfInspections.backToList') } : { to: `/self-inspections/requests/${report.request.id}`, label: t('selfInspections.backToRequest') };

  const subtitle = (
    <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
      <Typography.Text strong data-testid="report-unit">
        {report.unitName}
      </Typography.Text>
      <KindTag kind={report.request.kind} />
      <ReportStatusTag status={report.status} />
      {report.late && <LateTag />}
      <Typography.Text>{t('selfInspections.dueBy', { date: formatDate(report.request.dueDate) })}</Typography.Text>
      {report.submittedAt && <Typography.Text type="secondary">{t('selfInspections.versions.submittedAt', { at: formatDateTime(report.submittedAt) })}</Typography.Text>}
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      <BackLink to={backTo.to} label={backTo.label} />
      <Page title={report.request.title} subtitle={subtitle}>
        {returnedWith && (
          <Alert
            type="warning"
            showIcon
            title={t('selfInspections.lastReview.returnedTitle')}
            description={
              <Flex vertical gap={4}>
                {returnedWith.comment && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{t('labelled', { label: t('selfInspections.lastReview.comment') }) + returnedWith.comment}</Typography.Text>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('selfInspections.lastReview.by', { by: returnedWith.reviewedBy ?? '—', at: formatDateTime(returnedWith.reviewedAt) })}
                </Typography.Text>
              </Flex>
            }
            data-testid="returned-alert"
          />
        )}
        {previousReturn?.comment && (
          <Alert type="info" showIcon title={t('selfInspections.lastReview.previousReturn')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{previousReturn.comment}</span>} data-testid="previous-return" />
        )}
        {report.request.instructions && report.canEdit && (
          <Card size="small" title={t('selfInspections.request.instructions')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{report.request.instructions}</Typography.Paragraph>
          </Card>
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16} style={{ minWidth: 0 }}>
            {report.canEdit ? (
              <ReportEditor key={`${report.id}-${session}`} report={report} comments={returnedWith ? comments : null} onReload={() => void reload()} />
            ) : (
              <ReportContentView
                content={report.content}
                states={report.states}
                filedCases={report.filedCases}
                comments={comments}
                review={
                  reviewing
                    ? {
                        values: itemComments,
                        onChange: (key, text) =>
                          setItemComments((all) => {
                            const next = { ...all };
                            if (text === null) delete next[key];
                            else next[key] = text;
                            return next;
                          }),
                      }
                    : null
                }
              />
            )}
          </Col>
          <Col xs={24} xl={8} style={{ minWidth: 0 }}>
            <Flex vertical gap={16}>
              {reviewing && <ReviewPanel report={report} itemComments={itemComments} onReviewed={() => setItemComments({})} />}
              {report.status === 'submitted' && !reviewing && (
                <Card size="small">
                  <Typography.Text type="secondary">{t('selfInspections.review.waiting')}</Typography.Text>
                </Card>
              )}
              {review && (report.status === 'accepted' || report.status === 'failed') && (
                <Card size="small" title={t('selfInspections.review.result')}>
                  <ReviewSummary review={review} kind={report.request.kind} />
                </Card>
              )}
              <VersionsCard report={report} />
            </Flex>
          </Col>
        </Row>
      </Page>
    </Flex>
  );
}
