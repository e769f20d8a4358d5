import { SolutionOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanInspections } from '../../../modules/plan/contract';
import { kindLabel } from '../inspections/labels';
import { ROUND_KINDS } from '../inspections/types';
import { frequencyLabel } from './labels';
import { MeasureBlock } from './MeasureBlock';

/** One line for each kind of inspection the plan has, at its own rhythm and with its lead unit; then who goes. */
export function InspectionMeasure({ inspections }: { inspections: PlanInspections }) {
  const { t } = useTranslation();
  const kinds = ROUND_KINDS.flatMap((kind) => {
    const rhythm = inspections[kind];
    if (!rhythm) return [];
    const frequency = frequencyLabel(t, rhythm.frequency);
    return [{ key: kind, label: kindLabel(t, kind), children: rhythm.lead ? t('plan.measures.rhythmLed', { frequency, lead: rhythm.lead }) : frequency }];
  });
  const team = inspections.teamComposition ?? [];
  const items = [
    ...kinds,
    ...(team.length > 0
      ? [{
          key: 'team',
          label: t('plan.measures.team'),
          children: (
            <Flex wrap gap={4}>
              {team.map((member) => <Tag key={member}>{member}</Tag>)}
            </Flex>
          ),
        }]
      : []),
  ];
  return (
    <MeasureBlock title={t('plan.measures.inspections')} icon={<SolutionOutlined />} wide>
      <Descriptions column={1} size="small" items={items} styles={{ label: { width: 110 } }} data-testid="plan-inspections" />
    </MeasureBlock>
  );
}
