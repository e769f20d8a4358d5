import { useTranslation } from 'react-i18next';
import { ApiError } from '../../common/api';
import { portalProblem } from '../problemText';
import { isRated, unitState, type Answers } from './answers';
import { Dock } from './Dock';
import type { SaveStatus } from './draftSaver';
import { OVERALL, type Questionnaire } from './types';

interface ReviewPanelProps {
  questionnaire: Questionnaire;
  answers: Answers;
  status: SaveStatus;
  onRetrySave: () => void;
  refusedUnits: number[];
  submitting: boolean;
  submitError: unknown;
  confirming: boolean;
  onConfirming: (confirming: boolean) => void;
  onOpenUnit: (unitId: number) => void;
  onBack: () => void;
  onSubmit: () => void;
}

type UnitLinesProps = { testId: string; units: { id: number; name: string }[]; refused: number[]; line: (unitId: number) => string; onOpen: (unitId: number) => void };

/** Units in the review, each with its answers' line; a unit the server refused is marked. */
function UnitLines({ testId, units, refused, line, onOpen }: UnitLinesProps) {
  return (
    <ul className="p-review" data-testid={testId}>
      {units.map((unit) => (
        <li key={unit.id} className={refused.includes(unit.id) ? 'p-review-refused' : undefined}>
          <button type="button" className="p-review-unit" onClick={() => onOpen(unit.id)}>
            <span>{unit.name}</span>
            <span className="p-muted">{line(unit.id)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The last look before submitting: what is rated, what is not, and a confirmation, since submitting is final. */
export function ReviewPanel({ questionnaire: q, answers, status, onRetrySave, refusedUnits, submitting, submitError, confirming, onConfirming, onOpenUnit, onBack, onSubmit }: ReviewPanelProps) {
  const { t } = useTranslation('portal');
  const rated = q.units.filter((unit) => isRated(answers[unit.id]));
  const unrated = q.units.filter((unit) => !isRated(answers[unit.id]));
  const refusedNames = q.units.filter((unit) => refusedUnits.includes(unit.id)).map((unit) => unit.name);
  const failure =
    refusedNames.length > 0
      ? t('evaluate.refused', { units: refusedNames.join('、') })
      : submitError
        ? submitError instanceof ApiError && submitError.status === 400
          ? t('evaluate.invalid')
          : portalProblem(submitError, t)
        : null;
  const line = (unitId: number) => {
    const answer = answers[unitId];
    const state = unitState(answer);
    if (state === 'notDealt') return t('evaluate.state.notDealt');
    const overall = answer?.levels[OVERALL];
    if (overall) return t('evaluate.overallShort', { level: t(`levels.${overall}`) });
    return state === 'partial' ? t('evaluate.partialHint') : t('evaluate.state.blank');
  };
  return (
    <>
      <button type="button" className="p-back p-linkbtn" onClick={onBack}>
        ‹ {t('evaluate.backToList')}
      </button>
      <h1 className="p-title">{t('evaluate.reviewTitle')}</h1>
      {failure && (
        <div className="p-alert p-alert-error" role="alert" data-testid="evaluate-submit-error">
          {failure}
        </div>
      )}
      <section className="p-card">
        <h2>{t('evaluate.reviewRated', { count: rated.length })}</h2>
        {rated.length === 0 ? (
          <p className="p-alert p-alert-warn" data-testid="evaluate-nothing-rated">
            {t('evaluate.nothingRated')}
          </p>
        ) : (
          <UnitLines testId="evaluate-review-rated" units={rated} refused={refusedUnits} line={line} onOpen={onOpenUnit} />
        )}
      </section>
      {unrated.length > 0 && (
        <section className="p-card">
          <h2>{t('evaluate.reviewUnrated', { count: unrated.length })}</h2>
          <p className="p-hint" style={{ marginTop: -6 }}>
            {t('evaluate.unratedNote')}
          </p>
          <UnitLines testId="evaluate-review-unrated" units={unrated} refused={refusedUnits} line={line} onOpen={onOpenUnit} />
        </section>
      )}
      <Dock
        units={q.units}
        answers={answers}
        status={status}
        onRetrySave={onRetrySave}
        confirm={
          confirming && rated.length > 0 ? (
            <div className="p-dock-confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" data-testid="evaluate-confirm">
              <strong id="confirm-title">{t('evaluate.confirmTitle')}</strong>
              <p id="confirm-text">{t('evaluate.confirmText')}</p>
              <div className="p-dock-confirm-actions">
                <button type="button" className="p-btn p-btn-plain" onClick={() => onConfirming(false)} disabled={submitting}>
                  {t('evaluate.cancel')}
                </button>
                <button type="button" className="p-btn p-btn-danger" onClick={onSubmit} disabled={submitting} data-testid="evaluate-confirm-submit" autoFocus>
                  {submitting ? t('evaluate.submitting') : t('evaluate.confirm')}
                </button>
              </div>
            </div>
          ) : undefined
        }
      >
        <button type="button" className="p-btn p-btn-primary" onClick={() => onConfirming(true)} disabled={rated.length === 0 || submitting} data-testid="evaluate-submit">
          {t('evaluate.submit')}
        </button>
      </Dock>
    </>
  );
}
