import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/format';
import { KIND_COLOURS, kindLabel } from './labels';

export function KindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOURS[kind] ?? 'default'}>{kindLabel(t, kind)}</Tag>;
}

export function MonitoredTag() {
  const { t } = useTranslation();
  return <Tag color="red">{t('units.monitoredTag')}</Tag>;
}

/** A unit that stopped existing without a successor; the title says since when. */
export function RetiredTag({ retiredAt }: { retiredAt: string }) {
  const { t } = useTranslation();
  return (
    <Tag color="default" title={t('units.retiredOn', { date: formatDate(retiredAt) })} data-testid="retired-tag">
      {t('units.retiredTag')}
    </Tag>
  );
}
