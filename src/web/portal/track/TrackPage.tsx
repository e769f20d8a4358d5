import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../common/api';
import { portalProblem } from '../problemText';
import { usePortalPlan, useTrack } from '../queries';
import type { Tracked } from '../types';
import { usePageTitle } from '../usePageTitle';
import { cleanReceipt } from './publicWords';
import { TrackResult } from './TrackResult';

/** Look a complaint up by its receipt. The receipt stays in this page's memory and request bodies only. */
export function TrackPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('track.title'));
  const plan = usePortalPlan();
  const track = useTrack();
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState(false);
  // The last answer stays on screen while it is refreshed after a message.
  const [shown, setShown] = useState<{ receipt: string; tracked: Tracked } | null>(null);
  const lookUp = (receipt: string) => track.mutate(receipt, { onSuccess: (tracked) => setShown({ receipt, tracked }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const receipt = cleanReceipt(typed);
    setMissing(!receipt);
    if (receipt) lookUp(receipt);
  };
  const again = () => {
    setShown(null);
    setTyped('');
    track.reset();
  };
  const failure = track.isError
    ? isApiError(track.error, 404) || isApiError(track.error, 400)
      ? t('track.notFound')
      : portalProblem(track.error, t)
    : null;
  return (
    <>
      <Link to="/portal" className="p-back">
        ‹ {t('back')}
      </Link>
      <h1 className="p-title">{t('track.title')}</h1>
      {shown ? (
        <>
          <TrackResult tracked={shown.tracked} receipt={shown.receipt} plan={plan.data} onMessageSent={() => lookUp(shown.receipt)} />
          <button type="button" className="p-btn p-btn-plain p-btn-block" onClick={again}>
            {t('track.other')}
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate className="p-card">
          <label className="p-label" htmlFor="receipt">
            {t('track.receipt')}
          </label>
          <input
            id="receipt"
            className="p-input"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('track.receiptPlaceholder')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 20, letterSpacing: 1 }}
            aria-invalid={missing || Boolean(failure)}
            aria-describedby="receipt-hint"
          />
          <div className="p-hint" id="receipt-hint">
            {t('track.hint')}
          </div>
          {missing && <div className="p-error">{t('track.receiptRequired')}</div>}
          {failure && <div className="p-alert p-alert-error" style={{ marginTop: 12 }}>{failure}</div>}
          <button type="submit" className="p-btn p-btn-primary p-btn-block" style={{ marginTop: 16 }} disabled={track.isPending}>
            {t('track.submit')}
          </button>
        </form>
      )}
    </>
  );
}
