import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../features/auth/api';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { CampaignSwitch } from './CampaignSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { usePhone } from '../common/usePhone';

interface HeaderBarProps {
  me: Me;
  collapsed: boolean;
  onToggle: () => void;
}

export function HeaderBar({ me, collapsed, onToggle }: HeaderBarProps) {
  const { t } = useTranslation();
  const narrow = usePhone();
  return (
    <Layout.Header style={{ borderBottom: '1px solid #e8e8e8', position: 'sticky', top: 0, zIndex: 10, ...(narrow ? { paddingInline: 12 } : {}) }}>
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <Flex align="center" gap={narrow ? 4 : 12} style={{ minWidth: 0 }}>
          <Button
            type="text"
            aria-label={collapsed ? t('header.expand') : t('header.collapse')}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={onToggle}
          />
          <CampaignSwitch />
        </Flex>
        <Flex align="center" gap={narrow ? 8 : 16} style={{ flexShrink: 0 }}>
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu me={me} />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
