import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/format';
import type { CampaignState } from './campaignClock';
import type { Phase } from './types';

// The running status is a sentence; on a phone it wraps inside its tag instead of running off the card.
const WRAP = { whiteSpace: 'normal' } as const;

/** One tag saying whether the campaign is running, over, or still to come. */
export function CampaignStatus({ state, phases }: { state: CampaignState; phases: Phase[] }) {
  const { t } = useTranslation();
  switch (state.state) {
    case 'empty':
      return null;
    case 'ended':
      return <Tag color="default" style={WRAP}>{t('plan.status.ended', { date: formatDate(state.end) })}</Tag>;
    case 'notStarted':
      return <Tag color="gold" style={WRAP}>{t('plan.status.notStarted', { date: formatDate(state.start) })}</Tag>;
    case 'running': {
      const phase = state.phaseIndex === null ? undefined : phases[state.phaseIndex];
      if (!phase) return <Tag color="blue" style={WRAP}>{t('plan.status.between')}</Tag>;
      return <Tag color="processing" style={WRAP}>{t('plan.status.running', { phase: phase.name, day: state.day, total: state.total })}</Tag>;
    }
  }
}
