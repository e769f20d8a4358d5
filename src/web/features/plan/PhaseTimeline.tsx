import { Card, Grid, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/format';
import { phaseStatus, type CampaignState } from './campaignClock';
import { CampaignStatus } from './CampaignStatus';
import { TodayBar } from './TodayBar';
import type { Phase } from './types';

interface PhaseTimelineProps {
  phases: Phase[];
  today: string;
  state: CampaignState;
}

export function PhaseTimeline({ phases, today, state }: PhaseTimelineProps) {
  const { t } = useTranslation();
  const current = state.state === 'running' ? (state.phaseIndex ?? -1) : state.state === 'ended' ? phases.length : -1;
  // A phone's card heading has no room for the status beside the title: it opens the card instead.
  const phone = Grid.useBreakpoint().sm === false;
  const status = <CampaignStatus state={state} phases={phases} />;
  return (
    <Card title={t('plan.phases')} extra={phone ? undefined : status}>
      {phone && state.state !== 'empty' && <div style={{ marginBottom: 16 }}>{status}</div>}
      {state.state === 'running' && <TodayBar phases={phases} percent={state.percent} today={today} />}
      <Steps
        current={current}
        titlePlacement="vertical"
        items={phases.map((phase) => ({
          key: phase.code,
          status: phaseStatus(phase, today),
          title: phase.name,
          content: (
            <>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('plan.phaseDates', { start: formatDate(phase.start), end: formatDate(phase.end) })}
              </Typography.Text>
              {phase.description && (
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 3, expandable: 'collapsible', tooltip: false }}
                  style={{ fontSize: 12, marginTop: 4, marginBottom: 0, paddingInline: 12, textAlign: 'left' }}
                >
                  {phase.description}
                </Typography.Paragraph>
              )}
            </>
          ),
        }))}
      />
    </Card>
  );
}
