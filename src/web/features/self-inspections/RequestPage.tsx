import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../common/api';
import { formatDate } from '../../common/format';
import { oneOf } from '../../common/oneOf';
import { NotFound } from '../../shell/NotFound';
import { Page } from '../../shell/Page';
import { PageSpin } from '../../shell/PageSpin';
import { QueryError } from '../../shell/QueryError';
import { BackLink } from '../evaluations/BackLink';
import { statusLabel } from './labels';
import { ProgressCell } from './ProgressCell';
import { BASE, useRequest } from './queries';
import { KindTag } from './Tags';
import { REPORT_STATUSES, type RequestDetail } from './types';
import { UnitReportTable } from './UnitReportTable';

const LATE = 'late';

/** One request: what it asks, and each unit's report of it. */
export function RequestPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const requestId = Number(id);
  const valid = Number.isSafeInteger(requestId) && requestId > 0;
  const request = useRequest(valid ? requestId : 0);
  if (!valid) return <NotFound />;
  if (request.isPending) return <PageSpin />;
  if (request.isError) {
    return isApiError(request.error, 404) ? (
      <NotFound title={t('selfInspections.request.notFound')} back={{ to: '/self-inspections', label: t('selfInspections.backToList') }} />
    ) : (
      <QueryError error={request.error} onRetry={() => void request.refetch()} />
    );
  }
  return <RequestView request={request.data} />;
}

function RequestView({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') ?? '';
  const filter = asked === LATE || oneOf(REPORT_STATUSES, asked) ? asked : '';
  const reports = request.reports.filter((report) => filter === '' || (filter === LATE ? report.late : report.status === filter));
  const choose = (value: string) => setParams(value ? { status: value } : {}, { replace: true });
  const subtitle = (
    <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
      <KindTag kind={request.kind} />
      <Typography.Text>{t('selfInspections.dueBy', { date: formatDate(request.dueDate) })}</Typography.Text>
      <Typography.Text type="secondary">{t('selfInspections.request.createdAt', { date: formatDate(request.createdAt) })}</Typography.Text>
    </Flex>
  );
  return (
    <Flex vertical gap={12}>
      <BackLink to="/self-inspections" label={t('selfInspections.backToList')} />
      <Page
        title={request.title}
        subtitle={subtitle}
        extra={
          // A plain link: the browser downloads the workbook itself with the session cookie.
          <Button icon={<DownloadOutlined />} href={`${BASE}/requests/${request.id}/export.xlsx`} download data-testid="request-export">
            {t('selfInspections.request.export')}
          </Button>
        }
      >
        {request.instructions && (
          <Card size="small" title={t('selfInspections.request.instructions')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{request.instructions}</Typography.Paragraph>
          </Card>
        )}
        <Card styles={{ body: { padding: 0 } }}>
          <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
            <div style={{ flex: '1 1 240px', minWidth: 0 }}>
              <ProgressCell progress={request.progress} />
            </div>
            <Select<string>
              value={filter}
              onChange={choose}
              aria-label={t('selfInspections.request.statusFilter')}
              style={{ width: 160 }}
              options={[
                { value: '', label: t('selfInspections.request.allStatuses') },
                ...REPORT_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) })),
                { value: LATE, label: t('selfInspections.request.lateOnly') },
              ]}
              data-testid="status-filter"
            />
          </Flex>
          <UnitReportTable reports={reports} emptyText={t(filter ? 'selfInspections.empty.filtered' : 'selfInspections.empty.units')} />
        </Card>
      </Page>
    </Flex>
  );
}
