import { Select } from 'antd';
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kindLabel } from '../../units/labels';
import { useUnits } from '../../units/queries';
import { TabThrough } from './TabThrough';

interface UnitOption {
  value: number;
  label: string;
  search: string;
  kind: string;
}

interface IntakeUnitSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

const CLEAR_KEYS = new Set(['Backspace', 'Delete']);

/**
 * The unit concerned, picked by typing part of its name or alias and pressing Enter. Unlike the
 * registry's UnitSelect it has no clear button: that button is a Tab stop of its own, hidden
 * until hovered, between the unit and the category, so an operator typing "Tab 7 Enter" for the
 * category would press it and silently clear the unit. Backspace or Delete, with nothing typed
 * in the search, clears the unit instead.
 */
export function IntakeUnitSelect({ id, value, onChange }: IntakeUnitSelectProps) {
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
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const typed = event.target instanceof HTMLInputElement ? event.target.value : '';
    if (CLEAR_KEYS.has(event.key) && typed === '' && value != null) {
      event.preventDefault();
      onChange?.(null);
    }
  };
  return (
    <TabThrough>
      <Select<number | null, UnitOption>
        id={id}
        value={value ?? null}
        onChange={(next) => onChange?.(next ?? null)}
        onKeyDown={onKeyDown}
        showSearch={{ filterOption: (input, option) => option?.search.includes(input.trim().toLowerCase()) ?? false }}
        loading={units.isPending}
        placeholder={t('units.selectPlaceholder')}
        style={{ width: '100%' }}
        popupMatchSelectWidth={false}
        options={options}
        optionRender={(option) => (
          <span>
            {option.data.label}
            <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8, fontSize: 12 }}>{option.data.kind}</span>
          </span>
        )}
        data-testid="intake-unit"
      />
    </TabThrough>
  );
}
