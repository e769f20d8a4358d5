import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/format';
import { phaseDays } from './campaignClock';
import type { Phase } from './types';

const COLOURS = ['#1b5fad', '#d4380d', '#389e0d', '#722ed1', '#08979c', '#c41d7f'];
const MARK = '#b3261e';

// Near either end the label is anchored to the marker's side so it stays inside the card.
function labelShift(percent: number): string {
  if (percent < 10) return 'translateX(-4px)';
  if (percent > 90) return 'translateX(calc(-100% + 4px))';
  return 'translateX(-50%)';
}

/** The campaign drawn to scale, one block per phase, with a marker at today. */
export function TodayBar({ phases, percent, today }: { phases: Phase[]; percent: number; today: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ position: 'relative', margin: '30px 0 28px' }} data-testid="today-bar">
      <Flex style={{ height: 8, borderRadius: 4, overflow: 'hidden' }}>
        {phases.map((phase, index) => (
          <Tooltip key={phase.code} title={phase.name}>
            <div style={{ flex: phaseDays(phase), background: COLOURS[index % COLOURS.length], opacity: 0.35 }} />
          </Tooltip>
        ))}
      </Flex>
      <div style={{ position: 'absolute', left: `${percent}%`, top: -8, width: 2, height: 24, marginLeft: -1, background: MARK }} />
      <Typography.Text
        strong
        style={{ position: 'absolute', left: `${percent}%`, top: -28, transform: labelShift(percent), fontSize: 12, color: MARK, whiteSpace: 'nowrap' }}
      >
        {t('plan.today')} · {formatDate(today)}
      </Typography.Text>
    </div>
  );
}
