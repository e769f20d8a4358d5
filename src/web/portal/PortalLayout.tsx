import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { dayLabel } from './dates';
import { portalLanguage, type PortalLanguage } from './i18n';
import { officeName } from './office';
import { usePortalPlan } from './queries';

const LANGUAGES: { value: PortalLanguage; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

function Emblem() {
  return (
    <svg width="36" height="36" viewBox="0 0 32 32" aria-hidden="true" style={{ flexShrink: 0 }}>
      <rect width="32" height="32" rx="6" fill="#fff" />
      <path d="M16 5.5l9 3.4v6.6c0 5.6-3.8 9.7-9 11.3-5.2-1.6-9-5.7-9-11.3V8.9z" fill="none" stroke="#b3261e" strokeWidth="2" strokeLinejoin="round" />
      <path d="M11.8 15.8l3 3 5.6-6" fill="none" stroke="#d48806" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** On every page once the current campaign has ended or closed: since when, and whether complaints are still taken. */
function EndedNotice() {
  const { t } = useTranslation('portal');
  const plan = usePortalPlan();
  if (!plan.data?.campaign.ended && !plan.data?.campaign.closed) return null;
  const language = portalLanguage();
  // The campaign's last day: the latest end of its phases (days compare as text).
  const end = plan.data.phases.reduce<string | null>((last, phase) => (last === null || phase.end > last ? phase.end : last), null);
  return (
    <p className={`p-alert ${plan.data.campaign.closed ? 'p-alert-warn' : 'p-alert-ok'}`} role="status" data-testid="portal-ended">
      {[plan.data.campaign.ended && end && t('campaign.ended', { day: dayLabel(end, language) }), plan.data.campaign.closed ? t('campaign.closed') : t('campaign.open')]
        .filter(Boolean)
        .join(language === 'en' ? ' ' : '')}
    </p>
  );
}

export function PortalLayout() {
  const { t, i18n } = useTranslation('portal');
  const current = portalLanguage();
  const plan = usePortalPlan().data;
  const office = officeName(plan);
  // An evaluator filling in a questionnaire is not offered ways off it.
  const evaluating = useLocation().pathname.startsWith('/portal/evaluate');
  return (
    <>
      <header className="p-header">
        <div className="p-header-inner">
          <Link to="/portal" className="p-brand">
            <Emblem />
            <span>
              <span className="p-brand-name">{t('product')}</span>
              <br />
              <span className="p-brand-tag">{evaluating ? t('evaluate.title') : t('tagline')}</span>
            </span>
          </Link>
          <div className="p-lang" role="group" aria-label={t('language')}>
            {LANGUAGES.map((language) => (
              <button key={language.value} type="button" aria-pressed={current === language.value} onClick={() => void i18n.changeLanguage(language.value)}>
                {language.label}
              </button>
            ))}
          </div>
        </div>
      </header>
      {!evaluating && (
        <nav className="p-nav" aria-label={t('nav.label')}>
          <div className="p-nav-inner">
            <NavLink to="/portal" end>
              {t('nav.home')}
            </NavLink>
            {!plan?.campaign.closed && <NavLink to="/portal/file">{t('nav.file')}</NavLink>}
            <NavLink to="/portal/track">{t('nav.track')}</NavLink>
            <NavLink to="/portal/rankings" data-testid="nav-rankings">
              {t('nav.rankings')}
            </NavLink>
          </div>
        </nav>
      )}
      <main className="p-main">
        <EndedNotice />
        <Outlet />
      </main>
      <footer className="p-footer">{office ? t('footerOffice', { office }) : t('footer')}</footer>
    </>
  );
}
