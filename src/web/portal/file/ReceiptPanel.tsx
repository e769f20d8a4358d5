import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Filed } from '../types';
import { copyText } from './copyText';

/** 20 digits in groups of four, so they can be read out and written down without slipping. */
export function groupDigits(receipt: string): string {
  return receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * The receipt, shown this once: the server keeps only its hash and cannot show it again.
 * Leaving the page is guarded until the citizen says it is written down.
 */
export function ReceiptPanel({ filed }: { filed: Filed }) {
  const { t } = useTranslation('portal');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [kept, setKept] = useState(false);
  useEffect(() => {
    if (kept) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [kept]);
  const copy = async () => setCopied((await copyText(filed.receipt)) ? 'yes' : 'failed');
  const guard = (event: MouseEvent) => {
    if (!kept) event.preventDefault();
  };
  const locked = kept ? undefined : { opacity: 0.5 };
  return (
    <section className="p-card p-done" data-testid="receipt-panel">
      <div className="p-done-icon" aria-hidden>
        <svg width="28" height="28" viewBox="0 0 24 24" style={{ verticalAlign: 'middle' }}>
          <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      <h1 className="p-title" style={{ marginBottom: 4 }}>
        {t('receipt.title')}
      </h1>
      <div className="p-muted" data-testid="receipt-code">
        {t('receipt.code', { code: filed.code })}
      </div>
      <div className="p-receipt">
        <div className="p-muted">{t('receipt.label')}</div>
        <div className="p-receipt-digits" data-testid="receipt">
          {groupDigits(filed.receipt)}
        </div>
      </div>
      <div className="p-alert p-alert-warn" style={{ textAlign: 'start' }} role="note">
        {t('receipt.warning')}
      </div>
      <div className="p-stack">
        <button type="button" className="p-btn p-btn-secondary p-btn-block" onClick={() => void copy()}>
          {copied === 'yes' ? `✓ ${t('receipt.copied')}` : t('receipt.copy')}
        </button>
        {copied === 'failed' && <div className="p-error">{t('receipt.copyFailed')}</div>}
        <label className="p-check">
          <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} data-testid="receipt-kept" />
          <span>{t('receipt.confirm')}</span>
        </label>
        <Link to="/portal/track" className="p-btn p-btn-primary p-btn-block" aria-disabled={!kept} onClick={guard} style={locked}>
          {t('receipt.track')}
        </Link>
        <Link to="/portal" className="p-btn p-btn-plain p-btn-block" aria-disabled={!kept} onClick={guard} style={locked}>
          {t('receipt.done')}
        </Link>
      </div>
    </section>
  );
}
