import { Grid, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../shell/Blank';
import { formatDateTime } from '../../common/format';
import type { User } from './types';
import { UserActions } from './UserActions';

export function UserTable({ users, loading }: { users: User[]; loading: boolean }) {
  const { t } = useTranslation();
  // The actions stay pinned at the right; on a phone just wide enough for its two small buttons.
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <Table<User>
      rowKey="id"
      loading={loading}
      dataSource={users}
      scroll={{ x: 1100 }}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('users.total', { total }) }}
      columns={[
        { key: 'username', title: t('users.username'), dataIndex: 'username', width: 140 },
        { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName', width: 140 },
        { key: 'role', title: t('users.role'), width: 150, render: (_, user) => <Tag color="blue">{t(`roles.${user.role}`)}</Tag> },
        { key: 'unit', title: t('users.unit'), render: (_, user) => user.unitName ?? <Blank /> },
        {
          key: 'totp',
          title: t('users.totp'),
          width: 110,
          render: (_, user) => <Tag color={user.totpEnabled ? 'success' : 'default'}>{user.totpEnabled ? t('users.on') : t('users.off')}</Tag>,
        },
        {
          key: 'status',
          title: t('users.status'),
          width: 100,
          render: (_, user) => (user.disabled ? <Tag color="error">{t('users.disabled')}</Tag> : <Tag color="success">{t('users.active')}</Tag>),
        },
        {
          key: 'locked',
          title: t('users.lockedUntil'),
          width: 170,
          render: (_, user) => (user.lockedUntil ? <Tag color="warning">{formatDateTime(user.lockedUntil)}</Tag> : <Blank />),
        },
        { key: 'actions', title: t('users.actions'), width: phone ? 124 : 170, fixed: 'right', render: (_, user) => <UserActions user={user} /> },
      ]}
    />
  );
}
