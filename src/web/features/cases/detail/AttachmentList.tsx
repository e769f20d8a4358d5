import { FileImageOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/format';
import type { CaseAttachment } from '../types';

export function attachmentUrl(caseId: number, attachmentId: number): string {
  return `/api/cases/${caseId}/attachments/${attachmentId}`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function icon(mime: string) {
  if (mime.startsWith('image/')) return <FileImageOutlined />;
  if (mime === 'application/pdf') return <FilePdfOutlined />;
  return <FileOutlined />;
}

/** Every file on the case; downloads are audited by the server, and units get copies without metadata. */
export function AttachmentList({ caseId, files }: { caseId: number; files: CaseAttachment[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('caseDetail.attachments')} size="small">
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.noAttachments')} style={{ margin: '8px 0' }} />
      ) : (
        <Flex vertical gap={8}>
          {files.map((file) => (
            <Flex key={file.id} justify="space-between" gap={8}>
              <a href={attachmentUrl(caseId, file.id)} download={file.filename} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {icon(file.mime)} {file.filename}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12, flexShrink: 0 }} title={formatDateTime(file.createdAt)}>
                {size(file.size)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
