import { useTranslation } from 'react-i18next';
import type { ProblemCategory } from '../../features/plan/types';
import { Choice } from '../ui/Choice';

interface CategoryPickerProps {
  categories: ProblemCategory[];
  value: string;
  onChange: (code: string) => void;
  error: string | null;
}

/** The plan's problem categories as large buttons; the description shows under the chosen one. */
export function CategoryPicker({ categories, value, onChange, error }: CategoryPickerProps) {
  const { t } = useTranslation('portal');
  const chosen = categories.find((category) => category.code === value);
  return (
    <section className="p-field" aria-labelledby="category-label">
      <div className="p-label" id="category-label">
        {t('file.category')}
        <span className="p-req" aria-hidden>*</span>
      </div>
      <div className="p-grid" role="radiogroup" aria-labelledby="category-label" id="category">
        {categories.map((category) => (
          <Choice key={category.code} checked={category.code === value} onSelect={() => onChange(category.code)}>
            {category.name}
          </Choice>
        ))}
      </div>
      {chosen && <div className="p-hint">{chosen.description}</div>}
      {error && (
        <div className="p-error" role="alert">
          {error}
        </div>
      )}
    </section>
  );
}
