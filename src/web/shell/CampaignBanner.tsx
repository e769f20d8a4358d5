import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useMe } from '../features/auth/queries';
import { campaignNotices, type CampaignNotice } from '../features/campaigns/notices';
import { useCampaigns } from '../features/plan/queries';
import { formatDate } from '../common/format';
import { currentLanguage } from '../i18n';

function sentence(t: TFunction, notice: CampaignNotice): string {
  switch (notice.key) {
    case 'notCurrent':
      return t('campaigns.banner.notCurrent', { name: notice.name, current: notice.current });
    case 'notCurrentUnnamed':
      return t('campaigns.banner.notCurrentUnnamed', { name: notice.name });
    case 'endedOpen':
      return t('campaigns.banner.endedOpen', { name: notice.name, end: formatDate(notice.end) });
    case 'endedClosed':
      return t('campaigns.banner.endedClosed', { name: notice.name, end: formatDate(notice.end) });
    case 'ended':
      return t('campaigns.banner.ended', { name: notice.name });
    case 'closed':
      return t('campaigns.banner.closed', { name: notice.name });
    case 'adminCorrects':
      return t('campaigns.banner.adminCorrects');
  }
}

/**
 * Above every console page: that the campaign looked at is not the one the public channels
 * serve, has ended or is closed. Nothing for the current campaign while it runs and is open.
 */
export function CampaignBanner() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const campaigns = useCampaigns();
  const notices = campaignNotices(campaigns.data ?? [], me?.role === 'office_admin');
  if (notices.length === 0) return null;
  const closed = notices.some((notice) => notice.key === 'closed' || notice.key === 'endedClosed');
  return (
    <Alert
      banner
      role="status"
      aria-label={t('campaigns.banner.label')}
      type={closed ? 'warning' : 'info'}
      data-testid="campaign-banner"
      title={notices.map((notice) => sentence(t, notice)).join(currentLanguage() === 'en' ? ' ' : '')}
      style={{ overflowWrap: 'anywhere' }}
    />
  );
}
