import { Select } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitSelectProps, useUnitOptions, type UnitOption } from '../../units/UnitSelect';
import { TabThrough } from './TabThrough';

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
  const { options, loading } = useUnitOptions();
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
        {...unitSelectProps}
        id={id}
        value={value ?? null}
        onChange={(next) => onChange?.(next ?? null)}
        onKeyDown={onKeyDown}
        loading={loading}
        placeholder={t('units.selectPlaceholder')}
        style={{ width: '100%' }}
        options={options}
        data-testid="intake-unit"
      />
    </TabThrough>
  );
}
