import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../plan/queries';

interface CategoryOption {
  value: string;
  label: string;
  search: string;
}

/** The campaign's problem categories, numbered as in its plan; typing a number or part of a name finds one. */
export function CategorySelect({ id, value, onChange }: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  const categories = usePlan().data?.problemCategories;
  const options = useMemo<CategoryOption[]>(
    () => (categories ?? []).map((category, index) => ({ value: category.code, label: `${index + 1}. ${category.name}`, search: `${index + 1}. ${category.name} ${category.code}`.toLowerCase() })),
    [categories],
  );
  return (
    <Select<string, CategoryOption>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      options={options}
      placeholder={t('selfInspections.report.categoryPlaceholder')}
      showSearch={{
        filterOption: (input, option) => {
          const typed = input.trim().toLowerCase();
          if (/^\d+$/.test(typed)) return option?.search.startsWith(`${typed}.`) ?? false;
          return option?.search.includes(typed) ?? false;
        },
      }}
      popupMatchSelectWidth={false}
      data-testid="rectification-category"
    />
  );
}
