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
  // The boxes are shown as far as the plan describes them: in words, by level, by place.
  const boxes = complaintBoxes && {
    description: complaintBoxes.description,
    levels: complaintBoxes.levels ?? [],
    places: complaintBoxes.places ?? [],
  };
  const hasBoxes = boxes !== undefined && (boxes.description !== undefined || boxes.levels.length > 0 || boxes.places.length > 0);
  return (
    <>
      {hotlineLines && hotlineLines.length > 0 && (
        <MeasureBlock title={t('plan.measures.hotline')} icon={<PhoneOutlined />}>
          <List size="small" split={false} dataSource={hotlineLines} renderItem={(line) => <List.Item key={line.code}>{line.name}</List.Item>} />
        </MeasureBlock>
      )}
      {boxes && hasBoxes && (
        <MeasureBlock title={t('plan.measures.complaintBoxes')} icon={<InboxOutlined />}>
          <Flex vertical gap={8} data-testid="plan-complaint-boxes">
            {boxes.description && <Typography.Text>{boxes.description}</Typography.Text>}
            {boxes.levels.length > 0 && (
              <Flex gap={4} align="center" wrap>
                <Typography.Text type="secondary">{t('plan.measures.levels')}</Typography.Text>
                {boxes.levels.map((level) => <Tag key={level}>{levelLabel(t, level)}</Tag>)}
              </Flex>
            )}
            {boxes.places.length > 0 && (
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">{t('plan.measures.places')}</Typography.Text>
                <List
                  size="small"
                  split={false}
                  dataSource={boxes.places}
                  renderItem={(place) => (
                    <List.Item key={place.code}>
                      <Flex vertical>
                        <Typography.Text>{place.name}</Typography.Text>
                        {place.address && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{place.address}</Typography.Text>}
                      </Flex>
                    </List.Item>
                  )}
                />
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
