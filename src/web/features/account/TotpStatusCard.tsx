import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function TotpStatusCard({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('account.totp')}>
      <Flex vertical gap={12} align="flex-start">
        <Flex gap={8} align="center">
          <SafetyCertificateOutlined style={{ fontSize: 20, color: enabled ? '#389e0d' : '#8c8c8c' }} />
          <Tag color={enabled ? 'success' : 'default'}>{enabled ? t('account.totpOn') : t('account.totpOff')}</Tag>
        </Flex>
        <Typography.Text type="secondary">{t('account.totpExplain')}</Typography.Text>
        {!enabled && (
          <Link to="/account/totp">
            <Button type="primary">{t('account.totpEnrol')}</Button>
          </Link>
        )}
      </Flex>
    </Card>
  );
}
