import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from './types';

export function CampaignCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  return (
    <Card style={{ borderTop: '3px solid #b3261e' }}>
      <Flex vertical gap={12}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="plan-campaign-name">
            {campaign.name}
          </Typography.Title>
          <Tag color="red">{campaign.city}</Tag>
          <Tag>{t('plan.year', { year: campaign.year })}</Tag>
        </Flex>
        <Descriptions
          column={1}
          size="small"
          styles={{ label: { width: 96 } }}
          items={[
            ...(campaign.basis ? [{ key: 'basis', label: t('plan.basis'), children: campaign.basis }] : []),
            ...(campaign.goal ? [{ key: 'goal', label: t('plan.goal'), children: campaign.goal }] : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
