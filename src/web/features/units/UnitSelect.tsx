import { Select } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { kindLabel } from './labels';
import { useUnits } from './queries';

interface UnitOption {
  value: number;
  label: string;
  search: string;
  kind: string;
}

interface UnitSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  style?: CSSProperties;
  autoFocus?: boolean;
}

/** Picks a unit from the registry, searching names and aliases as the user types. */
export function UnitSelect({ id, value, onChange, placeholder, style, autoFocus }: UnitSelectProps) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = useMemo<UnitOption[]>(
    () =>
      (units.data ?? []).map((unit) => ({
        value: unit.id,
        label: unit.name,
        search: [unit.name, ...unit.aliases].join(' ').toLowerCase(),
        kind: kindLabel(t, unit.kind),
      })),
    [units.data, t],
  );
  return (
    <Select<number | null, UnitOption>
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      allowClear
      showSearch={{ filterOption: (input, option) => option?.search.includes(input.trim().toLowerCase()) ?? false }}
      loading={units.isPending}
      placeholder={placeholder ?? t('units.selectPlaceholder')}
      style={style}
      autoFocus={autoFocus}
      popupMatchSelectWidth={false}
      options={options}
      optionRender={(option) => (
        <span>
          {option.data.label}
          <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8, fontSize: 12 }}>{option.data.kind}</span>
        </span>
      )}
    />
  );
}
