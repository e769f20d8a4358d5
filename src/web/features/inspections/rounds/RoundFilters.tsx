import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../../../common/oneOf';
import { kindLabel, statusLabel } from '../labels';
import { ROUND_KINDS, ROUND_STATUSES } from '../types';
import type { RoundFilter } from './useRoundFilter';

interface RoundFiltersProps {
  filter: RoundFilter;
  onChange: (filter: RoundFilter) => void;
}

/** Narrows the list by status and by kind; empty shows all. */
export function RoundFilters({ filter, onChange }: RoundFiltersProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <Select<string>
        allowClear
        aria-label={t('inspections.filters.status')}
        placeholder={t('inspections.filters.status')}
        value={filter.status ?? undefined}
        onChange={(value) => onChange({ ...filter, status: value && oneOf(ROUND_STATUSES, value) ? value : null })}
        options={ROUND_STATUSES.map((value) => ({ value, label: statusLabel(t, value) }))}
        style={{ width: 150 }}
        data-testid="status-filter"
      />
      <Select<string>
        allowClear
        aria-label={t('inspections.filters.kind')}
        placeholder={t('inspections.filters.kind')}
        value={filter.kind ?? undefined}
        onChange={(value) => onChange({ ...filter, kind: value && oneOf(ROUND_KINDS, value) ? value : null })}
        options={ROUND_KINDS.map((value) => ({ value, label: kindLabel(t, value) }))}
        style={{ width: 150 }}
        data-testid="kind-filter"
      />
    </Flex>
  );
}
