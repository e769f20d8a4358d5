import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { invitationProblems } from '../../../modules/evaluations/contract';
import { ApiError } from '../../common/api';
import { problemWords } from '../../common/problemWords';
import { dayIn, dayLabel } from '../dates';
import { portalLanguage } from '../i18n';
import type { LinkProblem } from './problem';

const TONE: Record<LinkProblem | 'missing', 'error' | 'done' | 'wait'> = {
  missing: 'error',
  unknown_token: 'error',
  wrong_round: 'error',
  invitation_submitted: 'done',
  evaluation_closed: 'wait',
  round_not_open: 'wait',
};

function Icon({ tone }: { tone: 'error' | 'done' | 'wait' }) {
  if (tone === 'done')
    return <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />;
  if (tone === 'wait')
    return (
      <>
        <circle cx="12" cy="12" r="7.5" fill="none" stroke="#fff" strokeWidth="2.2" />
        <path d="M12 8v4.5l3 2" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      </>
    );
  return <path d="M12 6.5v7M12 17.2v.3" fill="none" stroke="#fff" strokeWidth="2.8" strokeLinecap="round" />;
}

/** The opening day of a round not open yet: the problem's `opensOn`, or the day its detail names. */
function openingDay(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const given = (error.problem as { opensOn?: unknown }).opensOn;
  return typeof given === 'string' ? given : dayIn(error.problem.detail);
}

/** A whole page for a link that cannot be used, saying why (the contract's words) and what to do. */
export function LinkProblemPage({ problem, error }: { problem: LinkProblem | 'missing'; error?: unknown }) {
  const { t } = useTranslation('portal');
  const tone = TONE[problem];
  const opensOn = problem === 'round_not_open' ? openingDay(error) : null;
  return (
    <section className="p-card p-done p-problem" data-testid="evaluate-problem" data-problem={problem}>
      <div className={`p-done-icon p-problem-${tone}`} aria-hidden>
        <svg width="28" height="28" viewBox="0 0 24 24" style={{ verticalAlign: 'middle' }}>
          <Icon tone={tone} />
        </svg>
      </div>
      <h1 className="p-title">{problem === 'missing' ? t('evaluate.problems.missing.title') : problemWords(invitationProblems, problem)}</h1>
      {opensOn && <p className="p-lead">{t('evaluate.problems.round_not_open.opens', { day: dayLabel(opensOn, portalLanguage()) })}</p>}
      <p>{t(`evaluate.problems.${problem}.text`)}</p>
      <Link to="/portal" className="p-btn p-btn-plain p-btn-block">
        {t('back')}
      </Link>
    </section>
  );
}

export function NetworkProblemPage({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation('portal');
  return (
    <section className="p-card p-done p-problem" data-testid="evaluate-problem" data-problem="network">
      <div className="p-done-icon p-problem-wait" aria-hidden>
        <svg width="28" height="28" viewBox="0 0 24 24" style={{ verticalAlign: 'middle' }}>
          <path d="M4 9.5a12 12 0 0 1 16 0M7 13a7.5 7.5 0 0 1 10 0M10 16.5a3 3 0 0 1 4 0" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </div>
      <h1 className="p-title">{t('evaluate.problems.network.title')}</h1>
      <p>{t('evaluate.problems.network.text')}</p>
      <button type="button" className="p-btn p-btn-primary p-btn-block" onClick={onRetry} disabled={retrying}>
        {t('evaluate.problems.retry')}
      </button>
    </section>
  );
}
