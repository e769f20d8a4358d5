import { useTranslation } from 'react-i18next';
import { useCampaignNames } from '../names';
import { useOfficeName } from '../office';
import { COMMENT_MAX, EMPTY_ANSWER, type Answer, type Answers } from './answers';
import { Dock } from './Dock';
import type { SaveStatus } from './draftSaver';
import { LevelPicker } from './LevelPicker';
import { OVERALL, type Level, type Named, type Questionnaire } from './types';

interface UnitRatingProps {
  questionnaire: Questionnaire;
  answers: Answers;
  status: SaveStatus;
  onRetrySave: () => void;
  unit: Named;
  index: number;
  criteria: { code: string; name: string }[];
  levels: readonly Level[];
  onChange: (change: (answer: Answer) => Answer) => void;
  onOpenUnit: (unitId: number) => void;
  onBack: () => void;
}

/** One unit: did the evaluator deal with it, the overall rating, the aspects, and a comment. */
export function UnitRating({ questionnaire: q, answers, status, onRetrySave, unit, index, criteria, levels, onChange, onOpenUnit, onBack }: UnitRatingProps) {
  const { t } = useTranslation('portal');
  const names = useCampaignNames();
  const office = useOfficeName();
  const answer = answers[unit.id] ?? EMPTY_ANSWER;
  const previous = q.units[index - 1];
  const next = q.units[index + 1];
  const rate = (code: string, level: Level | undefined) => onChange((current) => ({ ...current, levels: { ...current.levels, [code]: level } }));
  const overall = criteria.find((c) => c.code === OVERALL);
  const aspects = criteria.filter((c) => c.code !== OVERALL);
  const off = answer.notDealt ? 'p-ratings p-ratings-off' : 'p-ratings';
  const criterion = (c: { code: string; name: string }, main: boolean) => {
    const labelId = `criterion-${c.code}`;
    const chosen = answer.levels[c.code];
    return (
      <div key={c.code} className={main ? 'p-criterion p-criterion-main' : 'p-criterion'}>
        <div className="p-criterion-head">
          <span className="p-criterion-name" id={labelId}>
            {names.criterion(c.code, c.name)}
            {main && <span className="p-tag">{t('evaluate.required')}</span>}
          </span>
          {chosen && !answer.notDealt && <span className={`p-criterion-chosen p-text-${chosen}`}>{t(`levels.${chosen}`)}</span>}
        </div>
        <LevelPicker labelId={labelId} levels={levels} value={chosen} disabled={answer.notDealt} onChange={(level) => rate(c.code, level)} testId={`levels-${c.code}`} />
      </div>
    );
  };
  return (
    <>
      <div className="p-unit-top">
        <button type="button" className="p-back p-linkbtn" onClick={onBack}>
          ‹ {t('evaluate.backToList')}
        </button>
        <span className="p-muted">{t('evaluate.position', { n: index + 1, total: q.units.length })}</span>
      </div>
      <h1 className="p-title" data-testid="evaluate-unit-name">
        {unit.name}
      </h1>
      <section className="p-card p-rating">
        <label className="p-check p-notdealt">
          <input type="checkbox" checked={answer.notDealt} onChange={(e) => onChange((current) => ({ ...current, notDealt: e.target.checked }))} data-testid="evaluate-not-dealt" />
          <span>
            <strong>{t('evaluate.notDealt')}</strong>
            <span className="p-hint p-hint-tight">{t('evaluate.notDealtHint')}</span>
          </span>
        </label>
        {overall && <div className={off}>{criterion(overall, true)}</div>}
      </section>
      {aspects.length > 0 && (
        <section className={`p-card p-rating ${off}`} aria-labelledby="aspects-title">
          <h2 id="aspects-title">{t('evaluate.aspects')}</h2>
          <p className="p-hint p-hint-tight">{t('evaluate.aspectsHint')}</p>
          {aspects.map((c) => criterion(c, false))}
        </section>
      )}
      <section className="p-card">
        <label className="p-label" htmlFor="comment">
          {t('evaluate.comment')}
        </label>
        <textarea
          id="comment"
          className="p-textarea p-comment"
          maxLength={COMMENT_MAX}
          placeholder={t('evaluate.commentPlaceholder')}
          value={answer.comment}
          onChange={(e) => onChange((current) => ({ ...current, comment: e.target.value.slice(0, COMMENT_MAX) }))}
          aria-describedby="comment-note"
          data-testid="evaluate-comment"
        />
        <div className="p-comment-foot">
          <span className="p-hint" id="comment-note">
            {t('evaluate.commentNote', { office })}
          </span>
          <span className="p-hint p-count">{t('evaluate.commentCount', { count: answer.comment.length, max: COMMENT_MAX })}</span>
        </div>
      </section>
      <Dock units={q.units} answers={answers} status={status} onRetrySave={onRetrySave}>
        {previous && (
          <button type="button" className="p-btn p-btn-plain" onClick={() => onOpenUnit(previous.id)} aria-label={`${t('evaluate.previous')} · ${previous.name}`}>
            ‹
          </button>
        )}
        {next ? (
          <button type="button" className="p-btn p-btn-primary" onClick={() => onOpenUnit(next.id)} data-testid="evaluate-next">
            {t('evaluate.next')} ›
          </button>
        ) : (
          <button type="button" className="p-btn p-btn-primary" onClick={onBack} data-testid="evaluate-to-list">
            {t('evaluate.toList')}
          </button>
        )}
      </Dock>
    </>
  );
}
