import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../auth/api';

export function ProfileCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Card title={t('account.profile')}>
      <Descriptions
        column={1}
        items={[
          { key: 'username', label: t('account.username'), children: me.username },
          { key: 'displayName', label: t('account.displayName'), children: me.displayName },
          { key: 'role', label: t('account.role'), children: <Tag color="blue">{t(`roles.${me.role}`)}</Tag> },
          { key: 'unit', label: t('account.unit'), children: me.unit?.name ?? t('none') },
        ]}
      />
    </Card>
  );
}
