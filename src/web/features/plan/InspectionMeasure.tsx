import { SolutionOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { frequencyLabel } from './labels';
import { MeasureBlock } from './MeasureBlock';
import type { Measures } from './types';

export function InspectionMeasure({ inspections }: { inspections: NonNullable<Measures['inspections']> }) {
  const { t } = useTranslation();
  const items = [
    { key: 'frequency', label: t('plan.measures.frequency'), children: frequencyLabel(t, inspections.frequency) },
    ...(inspections.lead ? [{ key: 'lead', label: t('plan.measures.lead'), children: inspections.lead }] : []),
    ...(inspections.covertVisits === undefined
      ? []
      : [{ key: 'covert', label: t('plan.measures.covert'), children: inspections.covertVisits ? t('yes') : t('no') }]),
    ...(inspections.teamComposition?.length
      ? [{
          key: 'team',
          label: t('plan.measures.team'),
          children: (
            <Flex wrap gap={4}>
              {inspections.teamComposition.map((member) => <Tag key={member}>{member}</Tag>)}
            </Flex>
          ),
        }]
      : []),
  ];
  return (
    <MeasureBlock title={t('plan.measures.inspections')} icon={<SolutionOutlined />} wide>
      <Descriptions column={1} size="small" items={items} styles={{ label: { width: 110 } }} />
    </MeasureBlock>
  );
}
