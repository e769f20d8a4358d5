import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../plan/queries';
import { TabThrough } from './TabThrough';

interface CategoryOption {
  value: string;
  label: string;
  search: string;
}

interface CategorySelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Left out of the choices (the primary category, when choosing secondary ones). */
  exclude?: string | undefined;
}

interface CategoryMultiSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  exclude?: string | undefined;
}

const filterOption = (input: string, option?: CategoryOption) => {
  const typed = input.trim().toLowerCase();
  // A bare number picks that category, so "1" does not also match "10." in a longer plan.
  if (/^\d+$/.test(typed)) return option?.search.startsWith(`${typed}.`) ?? false;
  return option?.search.includes(typed) ?? false;
};

function useCategoryOptions(exclude: string | undefined): CategoryOption[] {
  const categories = usePlan().data?.problemCategories;
  return useMemo<CategoryOption[]>(
    () =>
      (categories ?? []).flatMap((category, index) =>
        category.code === exclude
          ? []
          : [{ value: category.code, label: `${index + 1}. ${category.name}`, search: `${index + 1}. ${category.name} ${category.code}`.toLowerCase() }],
      ),
    [categories, exclude],
  );
}

/**
 * The plan's problem categories, numbered as in the plan: an operator types "7" or a few
 * characters of the name and presses Enter, without reaching for the mouse.
 */
export function CategorySelect({ id, value, onChange, exclude }: CategorySelectProps) {
  const { t } = useTranslation();
  const options = useCategoryOptions(exclude);
  return (
    <TabThrough>
      <Select<string, CategoryOption>
        id={id}
        value={value}
        onChange={(next) => onChange?.(next)}
        options={options}
        placeholder={t('caseIntake.categoryPlaceholder')}
        showSearch={{ filterOption }}
        data-testid="category-select"
      />
    </TabThrough>
  );
}

/** Further categories the same complaint touches; the same keyboard habits as the primary one. */
export function CategoryMultiSelect({ id, value, onChange, exclude }: CategoryMultiSelectProps) {
  const { t } = useTranslation();
  const options = useCategoryOptions(exclude);
  return (
    <TabThrough multiple>
      <Select<string[], CategoryOption>
        id={id}
        mode="multiple"
        value={(value ?? []).filter((code) => code !== exclude)}
        onChange={(next) => onChange?.(next)}
        options={options}
        placeholder={t('caseIntake.secondaryPlaceholder')}
        showSearch={{ filterOption }}
        data-testid="secondary-select"
      />
    </TabThrough>
  );
}
