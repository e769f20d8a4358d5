import { AuditOutlined, NotificationOutlined, ScheduleOutlined, TrophyOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { frequencyLabel, outcomeLabel } from './labels';
import { MeasureBlock } from './MeasureBlock';
import type { Measures, Phase } from './types';

/** What the campaign does with findings: self-inspection, disclosure, accountability, year-end review. */
export function FollowThroughMeasures({ measures, phases }: { measures: Measures; phases: Phase[] }) {
  const { t } = useTranslation();
  const { selfInspection, publication, accountabilityOutcomes, yearEnd } = measures;
  const selfPhase = phases.find((phase) => phase.code === selfInspection?.phase);
  return (
    <>
      {selfInspection && (
        <MeasureBlock title={t('plan.measures.selfInspection')} icon={<ScheduleOutlined />}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{selfInspection.description}</Typography.Paragraph>
          {selfPhase && <Tag color="blue">{t('plan.measures.inPhase', { phase: selfPhase.name })}</Tag>}
        </MeasureBlock>
      )}
      {publication && (
        <MeasureBlock title={t('plan.measures.disclosure')} icon={<NotificationOutlined />}>
          <Tag color="blue" style={{ marginBottom: 8 }}>{frequencyLabel(t, publication.frequency)}</Tag>
          {publication.description && <Typography.Paragraph style={{ margin: 0 }}>{publication.description}</Typography.Paragraph>}
        </MeasureBlock>
      )}
      {accountabilityOutcomes && accountabilityOutcomes.length > 0 && (
        <MeasureBlock title={t('plan.measures.accountability')} icon={<AuditOutlined />}>
          <Flex wrap gap={6}>
            {accountabilityOutcomes.map((outcome) => <Tag key={outcome} color="volcano">{outcomeLabel(t, outcome)}</Tag>)}
          </Flex>
        </MeasureBlock>
      )}
      {yearEnd && (
        <MeasureBlock title={t('plan.measures.yearEnd')} icon={<TrophyOutlined />} wide>
          <Flex vertical gap={6}>
            {yearEnd.commendation && <Typography.Text><Tag color="green">{t('plan.measures.commendation')}</Tag>{yearEnd.commendation}</Typography.Text>}
            {yearEnd.criticism && <Typography.Text><Tag color="red">{t('plan.measures.criticism')}</Tag>{yearEnd.criticism}</Typography.Text>}
          </Flex>
        </MeasureBlock>
      )}
    </>
  );
}
