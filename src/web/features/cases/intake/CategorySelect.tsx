import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../plan/queries';

interface CategoryOption {
  value: string;
  label: string;
  search: string;
}

interface CategorySelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * The plan's problem categories, numbered as in the plan: an operator types "7" or a few
 * characters of the name and presses Enter, without reaching for the mouse.
 */
export function CategorySelect({ id, value, onChange }: CategorySelectProps) {
  const { t } = useTranslation();
  const categories = usePlan().data?.problemCategories;
  const options = useMemo<CategoryOption[]>(
    () =>
      (categories ?? []).map((category, index) => ({
        value: category.code,
        label: `${index + 1}. ${category.name}`,
        search: `${index + 1}. ${category.name} ${category.code}`.toLowerCase(),
      })),
    [categories],
  );
  return (
    <Select<string, CategoryOption>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      options={options}
      placeholder={t('caseIntake.categoryPlaceholder')}
      showSearch={{
        filterOption: (input, option) => {
          const typed = input.trim().toLowerCase();
          // A bare number picks that category, so "1" does not also match "10." in a longer plan.
          if (/^\d+$/.test(typed)) return option?.search.startsWith(`${typed}.`) ?? false;
          return option?.search.includes(typed) ?? false;
        },
      }}
      data-testid="category-select"
    />
  );
}
