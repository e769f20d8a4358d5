import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../../common/useDebounced';
import { kindLabel } from '../../units/labels';
import { useUnitSearch } from '../queries';

const WAIT_MS = 300;

interface Common {
  id?: string;
  placeholder?: string;
  /** Names of the units already chosen, so they read as names before any search. */
  knownNames?: Record<number, string>;
}

interface Single extends Common {
  multiple?: false;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

interface Multiple extends Common {
  multiple: true;
  value?: number[];
  onChange?: (value: number[]) => void;
}

interface UnitOption {
  value: number;
  label: string;
  kind: string;
}

/** Finds units in the registry by the words typed (name or alias), asking the server as the typing pauses. */
export function UnitSearchSelect(props: Single | Multiple) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), WAIT_MS);
  const found = useUnitSearch(q);
  const [names, setNames] = useState<Record<number, string>>(props.knownNames ?? {});
  const chosen = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  const options: UnitOption[] = (found.data ?? []).map((unit) => ({ value: unit.id, label: unit.name, kind: kindLabel(t, unit.kind) }));
  const shown = new Set(options.map((option) => option.value));
  // A chosen unit the current search does not find stays in the list under its known name.
  for (const id of chosen) if (!shown.has(id)) options.push({ value: id, label: names[id] ?? `#${id}`, kind: '' });
  const remember = (ids: number[]) => {
    const learnt = Object.fromEntries(options.filter((option) => ids.includes(option.value)).map((option) => [option.value, option.label]));
    setNames((current) => ({ ...current, ...learnt }));
  };
  const common = {
    id: props.id,
    allowClear: true,
    showSearch: { filterOption: false, onSearch: setTyped },
    onBlur: () => setTyped(''),
    options,
    loading: found.isFetching,
    placeholder: props.placeholder ?? t('evaluations.evaluators.unitSearch'),
    notFoundContent: found.isFetching ? null : t('evaluations.evaluators.noUnitFound'),
    popupMatchSelectWidth: false,
    optionRender: (option: { data: UnitOption }) => (
      <span>
        {option.data.label}
        {option.data.kind && <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8, fontSize: 12 }}>{option.data.kind}</span>}
      </span>
    ),
  } as const;
  if (props.multiple) {
    return (
      <Select<number[], UnitOption>
        {...common}
        mode="multiple"
        value={props.value ?? []}
        onChange={(next) => {
          remember(next);
          props.onChange?.(next);
        }}
        maxTagCount="responsive"
      />
    );
  }
  return (
    <Select<number | null, UnitOption>
      {...common}
      value={props.value ?? null}
      onChange={(next) => {
        if (next) remember([next]);
        props.onChange?.(next ?? null);
      }}
    />
  );
}
