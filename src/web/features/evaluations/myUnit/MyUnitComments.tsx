import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyUnitPeriod } from '../types';
import { usePanelNames } from './usePanelNames';

/** What evaluators wrote about the unit in one period, with no trace of who wrote it. */
export function MyUnitComments({ period }: { period: MyUnitPeriod }) {
  const { t } = useTranslation();
  const { name: panelName } = usePanelNames();
  return (
    <Card title={t('evaluations.myUnit.comments', { count: period.comments.length })}>
      <Typography.Paragraph type="secondary">{t('evaluations.myUnit.commentsHint')}</Typography.Paragraph>
      {period.comments.length === 0 ? (
        <Empty description={t('evaluations.myUnit.noComments')} />
      ) : (
        <List
          dataSource={period.comments}
          renderItem={(comment, index) => (
            <List.Item key={index}>
              <div>
                <Tag style={{ marginBottom: 4 }}>{panelName(comment.panel)}</Tag>
                <div style={{ whiteSpace: 'pre-wrap' }}>{comment.comment}</div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
