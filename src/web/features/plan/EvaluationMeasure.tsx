import { StarOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { frequencyLabel } from './labels';
import { MeasureBlock } from './MeasureBlock';
import type { Measures } from './types';

type Panel = NonNullable<Measures['evaluationPanels']>[number];

export function EvaluationMeasure({ panels, publication }: { panels: Panel[]; publication?: string }) {
  const { t } = useTranslation();
  return (
    <MeasureBlock title={t('plan.measures.evaluation')} icon={<StarOutlined />} wide>
      <Table<Panel>
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={panels}
        columns={[
          { key: 'name', title: t('plan.measures.panel'), dataIndex: 'name' },
          { key: 'size', title: t('plan.measures.size'), dataIndex: 'size', align: 'right', width: 80 },
          { key: 'frequency', title: t('plan.measures.frequency'), width: 110, render: (_, panel) => frequencyLabel(t, panel.frequency) },
        ]}
      />
      {publication && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('plan.measures.publication', { text: publication })}
        </Typography.Paragraph>
      )}
    </MeasureBlock>
  );
}
