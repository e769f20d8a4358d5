import { Card, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChannelMeasures } from './ChannelMeasures';
import { EvaluationMeasure } from './EvaluationMeasure';
import { FollowThroughMeasures } from './FollowThroughMeasures';
import { InspectionMeasure } from './InspectionMeasure';
import type { Measures, Phase } from './types';

export function MeasuresCard({ measures, phases }: { measures: Measures; phases: Phase[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('plan.measures.title')}>
      <Row gutter={[16, 16]}>
        {measures.evaluationPanels && measures.evaluationPanels.length > 0 && (
          <EvaluationMeasure panels={measures.evaluationPanels} publication={measures.evaluationPublication} />
        )}
        {measures.inspections && <InspectionMeasure inspections={measures.inspections} />}
        <ChannelMeasures measures={measures} />
        <FollowThroughMeasures measures={measures} phases={phases} />
      </Row>
    </Card>
  );
}
