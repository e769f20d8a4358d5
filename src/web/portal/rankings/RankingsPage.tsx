import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { instantDayLabel } from '../dates';
import { useCampaignNames } from '../names';
import { portalProblem } from '../problemText';
import { usePublicRankings } from '../queries';
import { usePageTitle } from '../usePageTitle';

/** /portal/rankings: the periods whose ranking has been approved and published. */
export function RankingsPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('rankings.title'));
  const names = useCampaignNames();
  const list = usePublicRankings();
  const items = list.data?.items ?? [];
  return (
    <>
      <Link to="/portal" className="p-back">
        ‹ {t('back')}
      </Link>
      <h1 className="p-title">{t('rankings.title')}</h1>
      <p className="p-intro">{t('rankings.intro')}</p>
      {list.isPending && (
        <p className="p-card p-muted" role="status">
          {t('loading')}
        </p>
      )}
      {list.isError && (
        <div className="p-alert p-alert-error" role="alert">
          {portalProblem(list.error, t)}{' '}
          <button type="button" className="p-linkbtn" onClick={() => void list.refetch()}>
            {t('evaluate.problems.retry')}
          </button>
        </div>
      )}
      {list.isSuccess && items.length === 0 && (
        <section className="p-card p-empty" data-testid="rankings-empty">
          <div className="p-empty-icon" aria-hidden>
            <svg width="40" height="40" viewBox="0 0 40 40">
              <rect x="6" y="22" width="7" height="12" rx="1.5" fill="#d9dce1" />
              <rect x="16.5" y="12" width="7" height="22" rx="1.5" fill="#c3c8cf" />
              <rect x="27" y="17" width="7" height="17" rx="1.5" fill="#d9dce1" />
            </svg>
          </div>
          <p>{t('rankings.empty')}</p>
        </section>
      )}
      {items.length > 0 && (
        <ul className="p-periods" data-testid="rankings-list">
          {items.map((item) => (
            <li key={item.period}>
              <Link to={`/portal/rankings/${encodeURIComponent(item.period)}`} className="p-period">
                <span>
                  <strong>{names.period(item.period)}</strong>
                  <span className="p-muted p-period-meta">
                    {t('rankings.published', { day: instantDayLabel(item.publishedAt, names.language) })}
                    {item.version > 1 && (
                      <>
                        {' · '}
                        <span className="p-tag p-tag-warn">{t('rankings.corrected')}</span> {t('rankings.version', { version: item.version })}
                      </>
                    )}
                  </span>
                </span>
                <span className="p-unit-chevron" aria-hidden>
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
