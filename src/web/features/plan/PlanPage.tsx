import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../common/format';
import { Page } from '../../shell/Page';
import { PageSpin } from '../../shell/PageSpin';
import { QueryError } from '../../shell/QueryError';
import { campaignState } from './campaignClock';
import { CampaignCard } from './CampaignCard';
import { CategoryCards } from './CategoryCards';
import { CountCards } from './CountCards';
import { MeasuresCard } from './MeasuresCard';
import { OrganisationCard } from './OrganisationCard';
import { PhaseTimeline } from './PhaseTimeline';
import { usePlan } from './queries';

export function PlanPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  if (plan.isPending) return <PageSpin />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  const { campaign, phases, problemCategories, organisation, measures, counts } = plan.data;
  const today = todayIso();
  return (
    <Page title={t('plan.title')} subtitle={campaign.shortName ?? campaign.name}>
      <Flex vertical gap={16}>
        <CampaignCard campaign={campaign} />
        <CountCards counts={counts} categories={problemCategories.length} />
        <PhaseTimeline phases={phases} today={today} state={campaignState(phases, today)} />
        <CategoryCards categories={problemCategories} />
        {organisation && <OrganisationCard organisation={organisation} />}
        {measures && <MeasuresCard measures={measures} phases={phases} />}
      </Flex>
    </Page>
  );
}
