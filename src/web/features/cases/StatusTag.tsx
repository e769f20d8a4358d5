import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS, statusLabel } from './labels';

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="case-status">
      {statusLabel(t, status)}
    </Tag>
  );
}
