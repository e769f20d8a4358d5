import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuestionnaire } from '../queries';
import { usePageTitle } from '../usePageTitle';
import { LinkProblemPage, NetworkProblemPage } from './LinkProblemPage';
import { openProblem } from './problem';
import { QuestionnaireForm } from './QuestionnaireForm';
import { takeToken } from './token';

/** /portal/evaluate/:roundId#<token>: an invited evaluator's questionnaire, reached without an account. */
export function EvaluatePage() {
  const { roundId } = useParams();
  const id = /^\d{1,9}$/.test(roundId ?? '') ? Number(roundId) : 0;
  return <EvaluateRound key={id} roundId={id} />;
}

function EvaluateRound({ roundId }: { roundId: number }) {
  const { t } = useTranslation('portal');
  usePageTitle(t('evaluate.title'));
  // Read once, before anything else can see the address; the address bar is cleaned on the spot.
  const [found, setFound] = useState(() => takeToken(roundId));
  const token = 'token' in found && roundId > 0 ? found.token : null;
  // Tapping the link again while this page is open changes only the fragment, and the page is not loaded anew:
  // the token is taken out of the address again, and another token opens its own questionnaire.
  useEffect(() => {
    const again = () => {
      if (!window.location.hash) return;
      const next = takeToken(roundId);
      if (!('token' in next)) setFound(next);
      else if (next.token !== token) window.location.reload();
    };
    window.addEventListener('hashchange', again);
    return () => window.removeEventListener('hashchange', again);
  }, [roundId, token]);
  const open = useQuestionnaire(roundId, token);
  if (roundId <= 0) return <LinkProblemPage problem="unknown_token" />;
  if (token === null) return <LinkProblemPage problem="missing" />;
  if (open.isError) {
    const problem = openProblem(open.error);
    return problem ? <LinkProblemPage problem={problem} error={open.error} /> : <NetworkProblemPage onRetry={() => void open.refetch()} retrying={open.isFetching} />;
  }
  if (!open.data) {
    return (
      <p className="p-card p-muted" role="status" data-testid="evaluate-loading">
        {t('evaluate.opening')}
      </p>
    );
  }
  return <QuestionnaireForm questionnaire={open.data} token={token} />;
}
