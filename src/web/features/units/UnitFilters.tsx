import { Checkbox, Flex, Grid, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_STATES, type UnitFilter, type UnitState } from './filterUnits';
import { kindLabel } from './labels';
import { UNIT_KINDS, type UnitKind } from './types';

interface UnitFiltersProps {
  filter: UnitFilter;
  onChange: (change: Partial<UnitFilter>) => void;
}

export function UnitFilters({ filter, onChange }: UnitFiltersProps) {
  const { t } = useTranslation();
  // On a phone the search and the kind each take a whole line.
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <Flex gap={12} wrap align="center" style={phone ? { width: '100%' } : undefined}>
      <Input.Search
        allowClear
        placeholder={t('units.searchPlaceholder')}
        aria-label={t('units.searchPlaceholder')}
        defaultValue={filter.q}
        onChange={(event) => onChange({ q: event.target.value })}
        style={{ width: phone ? '100%' : 280 }}
      />
      <Select<UnitKind | 'all'>
        aria-label={t('units.kindFilter')}
        value={filter.kind ?? 'all'}
        onChange={(value) => onChange({ kind: value === 'all' ? null : value })}
        style={{ width: phone ? '100%' : 180 }}
        options={[
          { value: 'all', label: t('units.allKinds') },
          ...UNIT_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) })),
        ]}
      />
      <Select<UnitState>
        aria-label={t('units.stateFilter')}
        data-testid="unit-state-filter"
        value={filter.state}
        onChange={(state) => onChange({ state })}
        style={{ width: phone ? '100%' : 190 }}
        options={UNIT_STATES.map((state) => ({ value: state, label: t(`units.states.${state}`) }))}
      />
      <Checkbox checked={filter.monitoredOnly} onChange={(event) => onChange({ monitoredOnly: event.target.checked })}>
        {t('units.onlyMonitored')}
      </Checkbox>
    </Flex>
  );
}
