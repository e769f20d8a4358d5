import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../modules/plan/contract';

const TAG = { marginInlineEnd: 0 };

/** Small tags of a campaign's state: current, looked at, ended, closed (and, if asked, its place and year). */
export function CampaignTags({ campaign, place = false, viewing = false }: { campaign: CampaignSummary; place?: boolean; viewing?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {place && (
        <Tag style={TAG} data-testid="campaign-city">
          {campaign.city}
        </Tag>
      )}
      {place && <Tag style={TAG}>{t('campaigns.year', { year: campaign.year })}</Tag>}
      {campaign.isCurrent && (
        <Tag color="red" style={TAG}>
          {t('campaigns.tags.current')}
        </Tag>
      )}
      {viewing && campaign.viewing && (
        <Tag color="blue" style={TAG}>
          {t('campaigns.tags.viewing')}
        </Tag>
      )}
      {campaign.ended && (
        <Tag color="default" style={TAG}>
          {t('campaigns.tags.ended')}
        </Tag>
      )}
      {campaign.closed && (
        <Tag color="warning" style={TAG}>
          {t('campaigns.tags.closed')}
        </Tag>
      )}
    </>
  );
}
