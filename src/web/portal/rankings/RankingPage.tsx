import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { scoreText } from '../../../modules/evaluations/contract';
import { isApiError } from '../../common/api';
import { instantDayLabel } from '../dates';
import { useCampaignNames } from '../names';
import { portalProblem } from '../problemText';
import { usePublicRanking } from '../queries';
import { usePageTitle } from '../usePageTitle';
import type { PublicRanking } from './types';

const score = (value: number | null | undefined) => (value === null || value === undefined ? null : scoreText(value));

/** Ranked units first, by rank; those without enough data after them, in the order given. */
function ordered(units: PublicRanking['units']): PublicRanking['units'] {
  return [...units].sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));
}

/** Medals for the first three; a row with no score at all shows no panel lines on a phone. */
function rowClass(unit: PublicRanking['units'][number], panels: PublicRanking['panels']): string | undefined {
  if (unit.rank !== null && unit.rank <= 3) return `p-top p-top-${unit.rank}`;
  if (unit.combined === null && panels.every((panel) => unit.panels[panel.code] == null)) return 'p-row-empty';
  return undefined;
}

/** /portal/rankings/:period[?version=n]: one period's published ranking, and its corrections. */
export function RankingPage() {
  const { t } = useTranslation('portal');
  const names = useCampaignNames();
  const { period = '' } = useParams();
  const [search] = useSearchParams();
  const asked = search.get('version');
  const version = asked && /^\d{1,6}$/.test(asked) ? Number(asked) : null;
  const ranking = usePublicRanking(period, version);
  usePageTitle(`${names.period(period)} · ${t('rankings.title')}`);
  const day = (iso: string) => instantDayLabel(iso, names.language);
  const missing = isApiError(ranking.error, 404) || isApiError(ranking.error, 400);
  const data = ranking.data;
  const latest = data ? Math.max(data.version, ...data.versions.map((v) => v.version)) : 0;
  const corrected = data ? data.versions.length > 1 : false;
  const insufficient = <span className="p-insufficient">{t('rankings.insufficient')}</span>;
  return (
    <div className="p-wide">
      <Link to="/portal/rankings" className="p-back">
        ‹ {t('rankings.all')}
      </Link>
      <h1 className="p-title" data-testid="ranking-title">
        {names.period(period)} {t('rankings.title')}
      </h1>
      {ranking.isPending && (
        <p className="p-card p-muted" role="status">
          {t('loading')}
        </p>
      )}
      {ranking.isError &&
        (missing ? (
          <section className="p-card p-empty" data-testid="ranking-missing">
            <p>{t('rankings.notFound')}</p>
            <Link to="/portal/rankings" className="p-btn p-btn-plain">
              {t('rankings.all')}
            </Link>
          </section>
        ) : (
          <div className="p-alert p-alert-error" role="alert">
            {portalProblem(ranking.error, t)}{' '}
            <button type="button" className="p-linkbtn" onClick={() => void ranking.refetch()}>
              {t('evaluate.problems.retry')}
            </button>
          </div>
        ))}
      {data && (
        <>
          <p className="p-muted p-ranking-meta" data-testid="ranking-meta">
            {t('rankings.version', { version: data.version })} · {t('rankings.published', { day: day(data.publishedAt) })} · {t('rankings.count', { count: data.units.length })}
          </p>
          {corrected &&
            (data.version < latest ? (
              <div className="p-alert p-alert-warn" role="note" data-testid="ranking-old-version">
                {t('rankings.oldVersion', { version: data.version, day: day(data.publishedAt) })}{' '}
                <Link to={`/portal/rankings/${encodeURIComponent(data.period)}`}>{t('rankings.latest', { version: latest })}</Link>
              </div>
            ) : (
              <div className="p-alert p-alert-warn" role="note" data-testid="ranking-corrected">
                {t('rankings.correctedNote', { version: data.version, day: day(data.publishedAt) })}
              </div>
            ))}
          <div className="p-card p-table-card">
            <table className="p-rank-table" data-testid="ranking-table">
              <thead>
                <tr>
                  <th scope="col" className="p-col-rank">
                    {t('rankings.rank')}
                  </th>
                  <th scope="col">{t('rankings.unit')}</th>
                  <th scope="col" className="p-num-col p-col-combined-head">
                    {t('rankings.combined')}
                  </th>
                  {data.panels.map((panel) => (
                    <th scope="col" key={panel.code} className="p-num-col">
                      {names.panel(panel.code, panel.name)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ordered(data.units)
                  .filter((unit) => unit.rank !== null)
                  .map((unit, index) => (
                  <tr key={`${unit.unitName}-${index}`} className={rowClass(unit, data.panels)}>
                    <td className="p-col-rank">{unit.rank === null ? insufficient : <span className="p-rank">{unit.rank}</span>}</td>
                    <th scope="row" className="p-col-unit">
                      {unit.unitName}
                    </th>
                    <td className="p-num-col p-col-combined" data-label={t('rankings.combined')}>
                      {score(unit.combined) ?? t('rankings.noScore')}
                    </td>
                    {data.panels.map((panel) => (
                      <td key={panel.code} className="p-num-col p-col-panel" data-label={names.panel(panel.code, panel.name)}>
                        {score(unit.panels[panel.code]) ?? insufficient}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.units.some((unit) => unit.rank === null) && (
            // Units with too few answers are not ranked: listed once, compactly, rather than as rows of dashes.
            <details className="p-card p-unranked" data-testid="ranking-unranked">
              <summary>{t('rankings.unranked', { count: data.units.filter((unit) => unit.rank === null).length })}</summary>
              <p className="p-muted">{data.units.filter((unit) => unit.rank === null).map((unit) => unit.unitName).join('、')}</p>
            </details>
          )}
          <p className="p-hint">{t('rankings.notes')}</p>
          {corrected && (
            <section className="p-card" data-testid="ranking-versions">
              <h2>{t('rankings.versions')}</h2>
              <ul className="p-list">
                {[...data.versions]
                  .sort((a, b) => b.version - a.version)
                  .map((v) => {
                    const label = t('rankings.versionItem', { version: v.version, day: day(v.publishedAt) });
                    const to = v.version === latest ? `/portal/rankings/${encodeURIComponent(data.period)}` : `/portal/rankings/${encodeURIComponent(data.period)}?version=${v.version}`;
                    return (
                      <li key={v.version}>
                        {v.version === data.version ? <strong aria-current="page">{label}</strong> : <Link to={to}>{label}</Link>}
                        {v.version === latest && <span className="p-tag">{t('rankings.latestMark')}</span>}
                        {v.version === data.version && <span className="p-tag p-tag-muted">{t('rankings.current')}</span>}
                        {v.note && <div className="p-muted">{v.note}</div>}
                      </li>
                    );
                  })}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
