import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePeriodLabel } from './usePeriodLabel';

interface PeriodSelectProps {
  periods: readonly string[];
  value: string | null;
  onChange: (period: string) => void;
}

/** Picks one of the periods offered, newest first, named in words. */
export function PeriodSelect({ periods, value, onChange }: PeriodSelectProps) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  return (
    <Select<string>
      aria-label={t('evaluations.period')}
      prefix={t('evaluations.period')}
      value={value ?? undefined}
      onChange={onChange}
      options={periods.map((period) => ({ value: period, label: label(period) }))}
      style={{ minWidth: 220 }}
      popupMatchSelectWidth={false}
      data-testid="period-select"
    />
  );
}
