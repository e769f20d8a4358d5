import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { portalLanguage } from './i18n';
import { officeName } from './office';
import { usePageTitle } from './usePageTitle';
import { usePortalPlan } from './queries';

/** What the campaign is, and the two things a citizen comes for. */
export function HomePage() {
  const { t } = useTranslation('portal');
  const plan = usePortalPlan();
  usePageTitle(t('tagline'));
  const campaign = plan.data?.campaign;
  const lines = plan.data?.measures?.hotlineLines ?? [];
  const boxes = plan.data?.measures?.complaintBoxes;
  const boxPlaces = boxes?.places ?? [];
  const hasBoxes = Boolean(boxes?.description) || boxPlaces.length > 0;
  const office = officeName(plan.data) ?? t('office');
  // The plan's own words on what is done with the results, in Chinese as the plan states them.
  const publication = portalLanguage() === 'en' ? undefined : plan.data?.measures?.evaluationPublication;
  return (
    <>
      <section className="p-hero">
        <h1 data-testid="portal-campaign">{campaign?.name ?? t('product')}</h1>
        <p>{t('home.intro')}</p>
        {campaign?.goal && <p className="p-muted">{campaign.goal}</p>}
      </section>
      <nav className="p-actions">
        {/* A closed campaign takes no new complaints: the way to file one is not offered. */}
        {!campaign?.closed && (
          <Link to="/portal/file" className="p-action p-action-primary">
            {t('home.file')}
            <small>{t('home.fileHint')}</small>
          </Link>
        )}
        <Link to="/portal/track" className="p-action p-action-secondary">
          {t('home.track')}
          <small>{t('home.trackHint')}</small>
        </Link>
        <Link to="/portal/rankings" className="p-action p-action-plain" data-testid="home-rankings">
          {t('home.rankings')}
          <small>{publication ?? t('home.rankingsHint')}</small>
        </Link>
      </nav>
      <p className="p-alert p-alert-ok">{t('home.privacy', { office })}</p>
      {plan.data && plan.data.problemCategories.length > 0 && (
        <section className="p-card">
          <h2>{t('home.problems')}</h2>
          <ul className="p-list">
            {plan.data.problemCategories.map((category, index) => (
              <li key={category.code}>
                <strong>
                  <span className="p-num">{index + 1}</span>
                  {category.name}
                </strong>
                <div className="p-muted">{category.description}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(lines.length > 0 || hasBoxes) && (
        <section className="p-card">
          <h2>{t('home.otherChannels')}</h2>
          <ul className="p-list">
            {lines.length > 0 && (
              <li>
                <strong>{t('home.hotline')}</strong>
                <div className="p-muted">{lines.map((line) => line.name).join('、')}</div>
              </li>
            )}
            {hasBoxes && (
              <li data-testid="home-boxes">
                <strong>{t('home.boxes')}</strong>
                {boxes?.description && <div className="p-muted">{boxes.description}</div>}
                {boxPlaces.map((place) => (
                  <div key={place.code} className="p-muted">
                    {place.address ? t('home.boxPlace', { name: place.name, address: place.address }) : place.name}
                  </div>
                ))}
              </li>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
