import { Select } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../../../common/useDebounced';
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../labels';
import { useCaseLookup } from '../queries';

interface CasePickerProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The case being merged, which cannot be its own target. */
  excludeId: number;
}

const WAIT_MS = 300;

/** Finds a case by its code or words of its title, for a merge target. */
export function CasePicker({ id, value, onChange, excludeId }: CasePickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), WAIT_MS);
  const found = useCaseLookup(q);
  const options = (found.data?.items ?? [])
    .filter((item) => item.id !== excludeId && item.status !== 'merged')
    .map((item) => ({ value: item.id, label: t('withNote', { text: `${item.code} ${item.title}`, note: statusLabel(t, item.status) }) }));
  return (
    <Select<number | null>
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      options={options}
      loading={found.isFetching}
      placeholder={t('caseSteps.intoCasePlaceholder')}
      notFoundContent={q ? t('cases.list.empty') : null}
    />
  );
}
