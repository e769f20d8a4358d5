import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { progress, type Answers } from './answers';
import type { SaveStatus } from './draftSaver';
import { SaveIndicator } from './SaveIndicator';
import type { Named } from './types';

interface DockProps {
  units: Named[];
  answers: Answers;
  status: SaveStatus;
  onRetrySave: () => void;
  children?: ReactNode;
  /** Shown instead of the state and the actions: the last question before submitting. */
  confirm?: ReactNode;
}

/** The bar kept at the bottom of the screen, under the thumb: how far along, whether saved, and the next step. */
export function Dock({ units, answers, status, onRetrySave, children, confirm }: DockProps) {
  const { t } = useTranslation('portal');
  const { rated, total } = progress(answers, units);
  return (
    <div className="p-dock">
      <div className="p-meter" aria-hidden>
        <div style={{ width: `${total ? (rated / total) * 100 : 0}%` }} />
      </div>
      {confirm ?? (
        <div className="p-dock-inner">
          <div className="p-dock-state">
            <strong data-testid="evaluate-progress">{t('evaluate.progress', { rated, total })}</strong>
            <SaveIndicator status={status} onRetry={onRetrySave} />
          </div>
          <div className="p-dock-actions">{children}</div>
        </div>
      )}
    </div>
  );
}
