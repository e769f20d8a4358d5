import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { KIND_COLOURS, kindLabel, STATUS_COLOURS, statusLabel } from './labels';

/** 明察 or 暗访. */
export function KindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOURS[kind] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="round-kind">
      {kindLabel(t, kind)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="round-status">
      {statusLabel(t, status)}
    </Tag>
  );
}
