import { Select } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { kindLabel } from './labels';
import { useUnits } from './queries';
import { isLive } from './types';

export interface UnitOption {
  value: number;
  label: string;
  search: string;
  kind: string;
}

/**
 * The registry as a select's options: each unit found by its name or any alias, with its kind
 * beside it. Retired units are offered for nothing new: they are left out, but for `keep` (the
 * value a form already holds, so that it still shows its name); so are the units of `exclude`.
 */
export function useUnitOptions({ keep, exclude }: { keep?: number | null; exclude?: ReadonlySet<number> } = {}) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = useMemo<UnitOption[]>(
    () =>
      (units.data ?? [])
        .filter((unit) => (isLive(unit) || unit.id === keep) && !exclude?.has(unit.id))
        .map((unit) => ({
          value: unit.id,
          label: unit.name,
          search: [unit.name, ...unit.aliases].join(' ').toLowerCase(),
          kind: kindLabel(t, unit.kind),
        })),
    [units.data, t, keep, exclude],
  );
  return { options, loading: units.isPending };
}

/** The search and the option rows every unit select shares. */
export const unitSelectProps = {
  showSearch: { filterOption: (input: string, option?: UnitOption) => option?.search.includes(input.trim().toLowerCase()) ?? false },
  popupMatchSelectWidth: false,
  optionRender: (option: { data: UnitOption }) => (
    <span>
      {option.data.label}
      <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8, fontSize: 12 }}>{option.data.kind}</span>
    </span>
  ),
};

interface UnitSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  style?: CSSProperties;
  autoFocus?: boolean;
  /** Units not to offer (e.g. a unit itself and those below it, when choosing its parent). */
  exclude?: ReadonlySet<number>;
  'data-testid'?: string;
}

/** Picks a live unit from the registry, searching names and aliases as the user types. */
export function UnitSelect({ id, value, onChange, placeholder, style, autoFocus, exclude, 'data-testid': testId }: UnitSelectProps) {
  const { t } = useTranslation();
  const { options, loading } = useUnitOptions({ keep: value ?? null, ...(exclude ? { exclude } : {}) });
  return (
    <Select<number | null, UnitOption>
      {...unitSelectProps}
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      allowClear
      loading={loading}
      placeholder={placeholder ?? t('units.selectPlaceholder')}
      style={style}
      autoFocus={autoFocus}
      options={options}
      data-testid={testId}
    />
  );
}
