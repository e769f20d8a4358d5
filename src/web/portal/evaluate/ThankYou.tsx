import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clockLabel, instantDayLabel } from '../dates';
import { portalLanguage } from '../i18n';

export function ThankYou({ submittedAt }: { submittedAt: string }) {
  const { t } = useTranslation('portal');
  return (
    <section className="p-card p-done" data-testid="evaluate-thanks">
      <div className="p-done-icon" aria-hidden>
        <svg width="28" height="28" viewBox="0 0 24 24" style={{ verticalAlign: 'middle' }}>
          <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      <h1 className="p-title">{t('evaluate.thanksTitle')}</h1>
      <p>{t('evaluate.thanksText')}</p>
      <p className="p-muted">{t('evaluate.thanksAt', { day: instantDayLabel(submittedAt, portalLanguage()), time: clockLabel(submittedAt) })}</p>
      <div className="p-stack">
        <Link to="/portal/rankings" className="p-btn p-btn-secondary p-btn-block">
          {t('evaluate.seeRankings')}
        </Link>
        <Link to="/portal" className="p-btn p-btn-plain p-btn-block">
          {t('back')}
        </Link>
      </div>
    </section>
  );
}
