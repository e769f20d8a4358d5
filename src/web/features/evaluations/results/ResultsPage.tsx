import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { isOffice } from '../../cases/access';
import { BackLink } from '../BackLink';
import { EmptyCard } from '../EmptyCard';
import { PeriodSelect } from '../PeriodSelect';
import { parsePeriod, pickerPeriods } from '../periods';
import { downloads, useOverview, useResults } from '../queries';
import { usePeriodLabel } from '../usePeriodLabel';
import { usePeriodParam } from '../usePeriodParam';
import { hasPrevious } from './chartData';
import { ChartsCard } from './ChartsCard';
import { CommentsCard } from './CommentsCard';
import { PublicationsCard } from './PublicationsCard';
import { RankingTable } from './RankingTable';
import { ResponseRates } from './ResponseRates';

/** A period's scores and ranking with charts, the comments to follow up and the ranking's publication. */
export function ResultsPage() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data: me } = useMe();
  const office = me ? isOffice(me.role) : false;
  const leader = me?.role === 'leader';
  const overview = useOverview();
  const [period, setPeriod] = usePeriodParam(overview.data?.currentPeriod);
  const results = useResults(period);
  const title = t('evaluations.results.title');
  if (overview.isPending) return <PageSpin />;
  if (overview.isError) {
    return (
      <Page title={title}>
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      </Page>
    );
  }
  const extra = (
    <Flex gap={8} wrap>
      <PeriodSelect periods={pickerPeriods(overview.data.periods, overview.data.currentPeriod, period)} value={period} onChange={setPeriod} />
      {period && (
        <Button icon={<DownloadOutlined />} href={downloads.results(period)} download disabled={!results.data?.units.length} data-testid="results-export">
          {t('evaluations.results.export')}
        </Button>
      )}
    </Flex>
  );
  const data = results.data;
  const ranked = data?.units.filter((unit) => unit.rank !== null).length ?? 0;
  const compared = data?.previousPeriod && hasPrevious(data.units) ? data.previousPeriod : null;
  const previousKind = compared ? (parsePeriod(compared)?.kind ?? 'Y') : 'Y';
  const subtitle = compared ? t('evaluations.results.comparedWith', { period: periodLabel(compared) }) : t('evaluations.results.subtitle');
  let content;
  if (!period || results.isPending) content = <PageSpin />;
  else if (results.isError) content = <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  else if (!data || data.units.length === 0) {
    content = (
      <>
        {data && data.responseRates.length > 0 && <ResponseRates results={data} />}
        <EmptyCard description={t('evaluations.results.empty', { period: periodLabel(period) })} />
      </>
    );
  } else {
    content = (
      <>
        <ResponseRates results={data} />
        <Card
          title={t('evaluations.results.ranking')}
          extra={<Typography.Text type="secondary">{t('evaluations.results.rankedCount', { ranked, total: data.units.length })}</Typography.Text>}
          styles={{ body: { padding: 0 } }}
        >
          <Typography.Paragraph type="secondary" style={{ margin: 0, padding: '10px 16px', borderBottom: '1px solid #f0f0f0' }}>
            {t('evaluations.results.rule', { minSample: overview.data.rules.minSample })}
          </Typography.Paragraph>
          <RankingTable results={data} changeTitle={compared ? t(`evaluations.results.change.${previousKind}`) : null} />
        </Card>
        <ChartsCard results={data} />
        {office && <CommentsCard period={period} panels={data.panels} criteria={overview.data.criteria} />}
      </>
    );
  }
  return (
    <Flex vertical gap={12}>
      <BackLink to={period ? `/evaluations?period=${period}` : '/evaluations'} label={t('evaluations.backToRounds')} />
      <Page title={period ? t('evaluations.results.titleOf', { period: periodLabel(period) }) : title} subtitle={subtitle} extra={extra}>
        {content}
        {period && data && data.units.length > 0 && <PublicationsCard period={period} canSubmit={office} canApprove={leader} ranked={ranked} />}
      </Page>
    </Flex>
  );
}
