import { useState } from 'react';
import { useDebounced } from '../../common/useDebounced';
import { useTranslation } from 'react-i18next';
import { useUnitSearch } from '../queries';
import { Field } from '../ui/Field';

interface UnitSearchProps {
  value: { id: number; name: string } | null;
  onChange: (unit: { id: number; name: string } | null) => void;
  error: string | null;
}

const WAIT_MS = 250;

/** Finds the office concerned by a few characters of its name; leaving it empty is fine. */
export function UnitSearch({ value, onChange, error }: UnitSearchProps) {
  const { t } = useTranslation('portal');
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), WAIT_MS);
  const found = useUnitSearch(q);
  if (value) {
    return (
      <Field id="unit" label={t('file.unit')} error={error}>
        <div className="p-chosen" data-testid="unit-chosen">
          <strong id="unit">{value.name}</strong>
          <button type="button" className="p-btn p-btn-plain" onClick={() => onChange(null)}>
            {t('file.unitChange')}
          </button>
        </div>
      </Field>
    );
  }
  return (
    <Field id="unit" label={t('file.unit')} error={error}>
      <input
        id="unit"
        className="p-input"
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        placeholder={t('file.unitPlaceholder')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      {q && found.data && (
        <div className="p-suggest">
          {found.data.length === 0 ? (
            <div className="p-hint" style={{ padding: '10px 12px', margin: 0 }}>
              {t('file.unitNone')}
            </div>
          ) : (
            found.data.map((unit) => (
              <button key={unit.id} type="button" onClick={() => onChange({ id: unit.id, name: unit.name })} data-testid="unit-option">
                {unit.name}
              </button>
            ))
          )}
        </div>
      )}
    </Field>
  );
}
