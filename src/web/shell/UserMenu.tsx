import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Tag, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../features/auth/api';
import { useLogout } from '../features/auth/useLogout';
import { usePhone } from '../common/usePhone';

const BUTTON_STYLE = { border: 0, background: 'transparent', cursor: 'pointer', padding: '4px 8px' };

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  // On a phone the header has room for the avatar only; the name and role stay in the button's label.
  const narrow = usePhone();
  const items: MenuProps['items'] = [
    { key: 'account', icon: <UserOutlined />, label: t('header.account') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') logout.mutate();
    else void navigate('/account');
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Flex component="button" align="center" gap={8} style={BUTTON_STYLE} aria-label={narrow ? `${me.displayName} ${t(`roles.${me.role}`)}` : undefined} data-testid="user-menu">
        <Avatar size="small" style={{ background: '#1b5fad' }} icon={<UserOutlined />} />
        {!narrow && <Typography.Text strong>{me.displayName}</Typography.Text>}
        {!narrow && (
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t(`roles.${me.role}`)}
          </Tag>
        )}
        <DownOutlined style={{ fontSize: 10, color: 'rgba(0,0,0,0.45)' }} />
      </Flex>
    </Dropdown>
  );
}
