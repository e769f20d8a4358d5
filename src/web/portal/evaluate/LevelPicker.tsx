import { useTranslation } from 'react-i18next';
import type { Level } from './types';

interface LevelPickerProps {
  labelId: string;
  levels: readonly Level[];
  value: Level | undefined;
  disabled: boolean;
  onChange: (level: Level | undefined) => void;
  testId?: string;
}

/** The five levels as one row of big segments that fits a 360 px screen; tapping the chosen one again clears it. */
export function LevelPicker({ labelId, levels, value, disabled, onChange, testId }: LevelPickerProps) {
  const { t } = useTranslation('portal');
  return (
    <div className="p-levels" role="radiogroup" aria-labelledby={labelId} aria-disabled={disabled} data-testid={testId}>
      {levels.map((level) => (
        <button
          key={level}
          type="button"
          role="radio"
          aria-checked={value === level}
          aria-label={t(`levels.${level}`)}
          className={`p-level p-level-${level}`}
          disabled={disabled}
          data-level={level}
          onClick={() => onChange(value === level ? undefined : level)}
        >
          <span aria-hidden>{t(`levelsShort.${level}`)}</span>
        </button>
      ))}
    </div>
  );
}
