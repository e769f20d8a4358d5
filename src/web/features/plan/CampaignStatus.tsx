import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { CampaignState } from './campaignClock';
import type { Phase } from './types';

/** One tag saying whether the campaign is running, over, or still to come. */
export function CampaignStatus({ state, phases }: { state: CampaignState; phases: Phase[] }) {
  const { t } = useTranslation();
  switch (state.state) {
    case 'empty':
      return null;
    case 'ended':
      return <Tag color="default">{t('plan.status.ended', { date: formatDate(state.end) })}</Tag>;
    case 'notStarted':
      return <Tag color="gold">{t('plan.status.notStarted', { date: formatDate(state.start) })}</Tag>;
    case 'running': {
      const phase = state.phaseIndex === null ? undefined : phases[state.phaseIndex];
      if (!phase) return <Tag color="blue">{t('plan.status.between')}</Tag>;
      return <Tag color="processing">{t('plan.status.running', { phase: phase.name, day: state.day, total: state.total })}</Tag>;
    }
  }
}
