import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/format';
import { Blank } from '../../../shell/Blank';
import { QueryError } from '../../../shell/QueryError';
import { publicationStatusLabel } from '../labels';
import { usePublications } from '../queries';
import { TableEmpty } from '../TableEmpty';
import type { Publication } from '../types';
import { ApprovePublicationButton } from './ApprovePublicationButton';
import { SubmitPublicationModal } from './SubmitPublicationModal';

function Who({ name, at }: { name: string | null; at: string | null }) {
  if (!at) return <Blank />;
  return (
    <Flex vertical gap={0}>
      <span>{name ?? <Blank />}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(at)}
      </Typography.Text>
    </Flex>
  );
}

interface PublicationsCardProps {
  period: string;
  /** The office submits a version for approval; a leader approves it. */
  canSubmit: boolean;
  canApprove: boolean;
  /** Units ranked this period: with none there is nothing to publish. */
  ranked: number;
}

/** The versions of the period's ranking sent for publication, and their approval. */
export function PublicationsCard({ period, canSubmit, canApprove, ranked }: PublicationsCardProps) {
  const { t } = useTranslation();
  const publications = usePublications(period);
  const [submitting, setSubmitting] = useState(false);
  const items = publications.data?.items ?? [];
  const submitButton = canSubmit && (
    <Tooltip title={ranked === 0 ? t('evaluations.publications.nothingRanked') : undefined}>
      <Button type="primary" icon={<SendOutlined />} disabled={ranked === 0} onClick={() => setSubmitting(true)} data-testid="submit-publication">
        {t('evaluations.publications.submit')}
      </Button>
    </Tooltip>
  );
  return (
    <Card title={t('evaluations.publications.title')} extra={submitButton} styles={{ body: { padding: 0 } }}>
      <Alert type="info" showIcon title={t('evaluations.publications.explain')} style={{ margin: 16 }} />
      {publications.isError ? (
        <QueryError error={publications.error} onRetry={() => void publications.refetch()} />
      ) : (
        <Table<Publication>
          rowKey="id"
          size="small"
          loading={publications.isPending}
          dataSource={items}
          pagination={false}
          scroll={{ x: 860 }}
          locale={{ emptyText: <TableEmpty text={t(canSubmit ? 'evaluations.publications.emptyOffice' : 'evaluations.publications.empty')} /> }}
          data-testid="publications"
          columns={[
            { key: 'version', title: t('evaluations.publications.version'), width: 90, render: (_, item) => t('evaluations.publications.versionN', { version: item.version }) },
            {
              key: 'status',
              title: t('evaluations.publications.status'),
              width: 100,
              render: (_, item) => (
                <Tag color={item.status === 'approved' ? 'success' : 'gold'} style={{ marginInlineEnd: 0 }}>
                  {publicationStatusLabel(t, item.status)}
                </Tag>
              ),
            },
            { key: 'note', title: t('evaluations.publications.note'), render: (_, item) => item.note ?? <Blank /> },
            { key: 'created', title: t('evaluations.publications.created'), width: 170, render: (_, item) => <Who name={item.createdBy} at={item.createdAt} /> },
            { key: 'approved', title: t('evaluations.publications.approvedCol'), width: 170, render: (_, item) => <Who name={item.approvedBy} at={item.approvedAt} /> },
            ...(canApprove
              ? [
                  {
                    key: 'action',
                    title: t('evaluations.publications.action'),
                    width: 110,
                    render: (_: unknown, item: Publication) => (item.status === 'pending' ? <ApprovePublicationButton publication={item} /> : <Blank />),
                  },
                ]
              : []),
          ]}
        />
      )}
      {submitting && <SubmitPublicationModal period={period} onClose={() => setSubmitting(false)} />}
    </Card>
  );
}
