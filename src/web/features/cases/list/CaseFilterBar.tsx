import { DatePicker, Flex, Grid, Select, type InputRef } from 'antd';
import dayjs from 'dayjs';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../plan/queries';
import { UnitSelect } from '../../units/UnitSelect';
import { channelLabel } from '../labels';
import { CHANNELS, type Channel } from '../types';
import type { CaseFilters } from './caseFilters';
import { SearchBox } from './SearchBox';

interface CaseFilterBarProps {
  filters: CaseFilters;
  onChange: (change: Partial<CaseFilters>) => void;
  searchRef?: Ref<InputRef>;
}

export function CaseFilterBar({ filters, onChange, searchRef }: CaseFilterBarProps) {
  const { t } = useTranslation();
  const categories = usePlan().data?.problemCategories ?? [];
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null = filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;
  // On a phone the search, the unit and the dates each fill a line; channel and category share one.
  const phone = Grid.useBreakpoint().sm === false;
  const line = (width: number) => (phone ? { width: '100%' } : { width });
  const half = (width: number) => (phone ? { flex: '1 1 120px', minWidth: 0 } : { width });
  return (
    <Flex gap={8} wrap align="center">
      <SearchBox value={filters.q} onSearch={(q) => onChange({ q })} style={line(260)} inputRef={searchRef} />
      <Select<Channel>
        allowClear
        aria-label={t('cases.filters.channel')}
        placeholder={t('cases.filters.channel')}
        value={filters.channel ?? undefined}
        onChange={(channel) => onChange({ channel: channel ?? null })}
        options={CHANNELS.map((value) => ({ value, label: channelLabel(t, value) }))}
        style={half(116)}
      />
      <Select<string>
        allowClear
        aria-label={t('cases.filters.category')}
        placeholder={t('cases.filters.category')}
        value={filters.category ?? undefined}
        onChange={(category) => onChange({ category: category ?? null })}
        options={categories.map((category) => ({ value: category.code, label: category.name }))}
        style={half(176)}
        popupMatchSelectWidth={false}
      />
      <UnitSelect value={filters.unitId} onChange={(unitId) => onChange({ unitId })} placeholder={t('cases.filters.unit')} style={line(210)} />
      <DatePicker.RangePicker
        aria-label={t('cases.filters.received')}
        placeholder={[t('cases.filters.receivedFrom'), t('cases.filters.receivedTo')]}
        value={range}
        onChange={(dates) =>
          onChange({ from: dates?.[0]?.format('YYYY-MM-DD') ?? null, to: dates?.[1]?.format('YYYY-MM-DD') ?? null })
        }
        style={line(240)}
      />
    </Flex>
  );
}
