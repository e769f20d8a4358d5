import { useTranslation } from 'react-i18next';
import { clockLabel } from '../dates';
import type { SaveStatus } from './draftSaver';

/** A quiet line saying whether the answers are on the server, with a retry when they are not. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation('portal');
  if (status.phase === 'failed') {
    return (
      <span className="p-save p-save-failed" role="alert" data-testid="save-status" data-phase="failed">
        {t('evaluate.save.failed')}
        <button type="button" className="p-linkbtn" onClick={onRetry}>
          {t('evaluate.save.retry')}
        </button>
      </span>
    );
  }
  const text =
    status.phase === 'saved' && status.savedAt
      ? t('evaluate.save.saved', { time: clockLabel(status.savedAt) })
      : status.phase === 'saving'
        ? t('evaluate.save.saving')
        : status.phase === 'waiting'
          ? t('evaluate.save.waiting')
          : t('evaluate.save.clean');
  return (
    <span className={`p-save p-save-${status.phase}`} role="status" data-testid="save-status" data-phase={status.phase}>
      {status.phase === 'saved' && <span aria-hidden>✓ </span>}
      {text}
    </span>
  );
}
