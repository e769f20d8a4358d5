import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInspectors } from './queries';

interface InspectorSelectProps {
  id?: string;
  value?: number[];
  onChange?: (value: number[]) => void;
  /** Members already on the round, named even before the inspector list arrives. */
  knownNames?: Record<number, string>;
}

/** Chooses a round's members among the inspector accounts, by display name or username. */
export function InspectorSelect({ id, value, onChange, knownNames = {} }: InspectorSelectProps) {
  const { t } = useTranslation();
  const inspectors = useInspectors();
  const options = (inspectors.data?.items ?? []).map((inspector) => ({
    value: inspector.id,
    label: t('withNote', { text: inspector.displayName, note: inspector.username }),
  }));
  const listed = new Set(options.map((option) => option.value));
  // A member whose account is no longer an active inspector stays on the round under its name.
  for (const member of value ?? []) if (!listed.has(member)) options.push({ value: member, label: knownNames[member] ?? `#${member}` });
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      options={options}
      loading={inspectors.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('inspections.form.membersPlaceholder')}
      notFoundContent={inspectors.isPending ? null : t('inspections.form.noInspectors')}
      data-testid="member-select"
    />
  );
}
