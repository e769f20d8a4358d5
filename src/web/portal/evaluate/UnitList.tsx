import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLabel } from '../dates';
import { useCampaignNames } from '../names';
import { unitState, type Answers } from './answers';
import { Dock } from './Dock';
import type { SaveStatus } from './draftSaver';
import { OVERALL, type Questionnaire } from './types';

interface UnitListProps {
  questionnaire: Questionnaire;
  answers: Answers;
  status: SaveStatus;
  onRetrySave: () => void;
  onOpenUnit: (unitId: number) => void;
  onReview: () => void;
}

// Past this many units a search box saves scrolling through them all.
const SEARCH_FROM = 10;

/** The questionnaire's first screen: who is asked, by when, how to rate, and the units, each a card to tap. */
export function UnitList({ questionnaire: q, answers, status, onRetrySave, onOpenUnit, onReview }: UnitListProps) {
  const { t } = useTranslation('portal');
  const names = useCampaignNames();
  const [typed, setTyped] = useState('');
  const words = typed.trim();
  const shown = words ? q.units.filter((unit) => unit.name.includes(words)) : q.units;
  return (
    <>
      <section className="p-hero p-eval-hero">
        <div className="p-kicker" data-testid="evaluate-round">
          {names.panel(q.round.panel, q.round.panelName)} · {names.period(q.round.period)}
        </div>
        <h1>{t('evaluate.greeting', { name: q.evaluator.name })}</h1>
        <p>{t('evaluate.intro')}</p>
        <p>
          <strong>{t('evaluate.closes', { day: dayLabel(q.round.closesOn, names.language) })}</strong>
          {t('evaluate.autosave')}
        </p>
      </section>
      <details className="p-card p-scale" open={!q.draft}>
        <summary>{t('evaluate.scaleTitle')}</summary>
        <p>{t('evaluate.scale')}</p>
        <ul className="p-scale-list">
          {q.levels.map((level) => (
            <li key={level.code}>
              <span className={`p-dot p-level-${level.code}`} aria-hidden />
              {t(`levels.${level.code}`)}
              <span className="p-muted">{t('evaluate.points', { points: level.points })}</span>
            </li>
          ))}
        </ul>
      </details>
      <section aria-labelledby="units-title">
        <h2 className="p-section-title" id="units-title">
          {t('evaluate.units')}
        </h2>
        {q.units.length >= SEARCH_FROM && (
          <div className="p-field">
            <label className="p-visually-hidden" htmlFor="unit-filter">
              {t('evaluate.search')}
            </label>
            <input id="unit-filter" className="p-input" type="search" placeholder={t('evaluate.searchPlaceholder')} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </div>
        )}
        {shown.length === 0 && <p className="p-muted">{t('evaluate.noMatch')}</p>}
        <ul className="p-units" data-testid="evaluate-units">
          {shown.map((unit) => {
            const answer = answers[unit.id];
            const state = unitState(answer);
            const overall = answer && !answer.notDealt ? answer.levels[OVERALL] : undefined;
            return (
              <li key={unit.id}>
                <button type="button" id={`unit-${unit.id}`} className={`p-unit p-unit-${state}`} onClick={() => onOpenUnit(unit.id)} data-testid="evaluate-unit" data-state={state}>
                  <span className="p-unit-name">{unit.name}</span>
                  <span className="p-unit-state">
                    {overall ? (
                      <>
                        <span className={`p-dot p-level-${overall}`} aria-hidden />
                        {t(`levels.${overall}`)}
                      </>
                    ) : state === 'partial' ? (
                      t('evaluate.partialHint')
                    ) : (
                      t(`evaluate.state.${state}`)
                    )}
                  </span>
                  <span className="p-unit-chevron" aria-hidden>
                    ›
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <Dock units={q.units} answers={answers} status={status} onRetrySave={onRetrySave}>
        <button type="button" className="p-btn p-btn-primary" onClick={onReview} data-testid="evaluate-review">
          {t('evaluate.review')}
        </button>
      </Dock>
    </>
  );
}
