import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { KIND_COLOURS, kindLabel } from './labels';

export function KindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOURS[kind] ?? 'default'}>{kindLabel(t, kind)}</Tag>;
}

export function MonitoredTag() {
  const { t } = useTranslation();
  return <Tag color="red">{t('units.monitoredTag')}</Tag>;
}
