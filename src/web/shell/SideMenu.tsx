import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '../common/roles';
import { NAVIGATION, type NavItem } from './navigation';

function isActive(item: NavItem, pathname: string): boolean {
  if (item.path === '/') return pathname === '/';
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}

/** `onNavigate` runs after an entry is chosen, e.g. to close the menu drawer on a phone. */
export function SideMenu({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const groups = NAVIGATION.map((group) => ({
    ...group,
    items: group.items.filter((item) => item.roles.includes(role)),
  })).filter((group) => group.items.length > 0);
  const items: MenuProps['items'] = groups.map((group) => ({
    type: 'group',
    key: group.group,
    label: t(`nav.${group.group}`),
    children: group.items.map((item) => ({
      key: item.path,
      icon: item.icon,
      label: t(`nav.${item.key}`),
    })),
  }));
  const selected = groups.flatMap((group) => group.items).filter((item) => isActive(item, pathname));
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected.map((item) => item.path)}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
