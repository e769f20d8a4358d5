import { InboxOutlined, PhoneOutlined, ReadOutlined } from '@ant-design/icons';
import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelLabel } from './labels';
import { MeasureBlock } from './MeasureBlock';
import type { Measures } from './types';

/** The ways the public reaches the office: hotline, complaint boxes, media columns. */
export function ChannelMeasures({ measures }: { measures: Measures }) {
  const { t } = useTranslation();
  const { hotlineLines, complaintBoxes, mediaColumns } = measures;
  return (
    <>
      {hotlineLines && hotlineLines.length > 0 && (
        <MeasureBlock title={t('plan.measures.hotline')} icon={<PhoneOutlined />}>
          <List size="small" split={false} dataSource={hotlineLines} renderItem={(line) => <List.Item key={line.code}>{line.name}</List.Item>} />
        </MeasureBlock>
      )}
      {complaintBoxes && (
        <MeasureBlock title={t('plan.measures.complaintBoxes')} icon={<InboxOutlined />}>
          <Flex vertical gap={8}>
            {complaintBoxes.description && <Typography.Text>{complaintBoxes.description}</Typography.Text>}
            {complaintBoxes.levels && (
              <Flex gap={4} align="center" wrap>
                <Typography.Text type="secondary">{t('plan.measures.levels')}</Typography.Text>
                {complaintBoxes.levels.map((level) => <Tag key={level}>{levelLabel(t, level)}</Tag>)}
              </Flex>
            )}
          </Flex>
        </MeasureBlock>
      )}
      {mediaColumns && mediaColumns.length > 0 && (
        <MeasureBlock title={t('plan.measures.media')} icon={<ReadOutlined />}>
          <List size="small" split={false} dataSource={mediaColumns} renderItem={(column) => <List.Item key={column}>{column}</List.Item>} />
        </MeasureBlock>
      )}
    </>
  );
}
