import { EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../common/problems';
import { useMe } from '../auth/queries';
import { useResetTwoFactor, useUpdateUser } from './queries';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordButton } from './ResetPasswordButton';
import type { User, UserChange } from './types';

export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const update = useUpdateUser();
  const resetTwoFactor = useResetTwoFactor();
  const [editing, setEditing] = useState(false);
  const apply = (change: UserChange) =>
    update.mutate(
      { id: user.id, change },
      {
        onSuccess: (updated) => void message.success(t('users.updated', { name: updated.displayName })),
        onError: (error) => void message.error(problemText(error, t)),
      },
    );
  // Disabling yourself would lock the office out of its own console.
  const isSelf = me?.id === user.id;
  return (
    <Space size={4} wrap>
      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-user">
        {t('users.edit')}
      </Button>
      {editing && <EditUserModal user={user} onClose={() => setEditing(false)} />}
      {user.disabled ? (
        <Button size="small" loading={update.isPending} onClick={() => apply({ disabled: false })}>
          {t('users.enable')}
        </Button>
      ) : (
        <Popconfirm title={t('users.confirmDisable', { name: user.displayName })} onConfirm={() => apply({ disabled: true })} disabled={isSelf}>
          <Button size="small" danger loading={update.isPending} disabled={isSelf}>
            {t('users.disable')}
          </Button>
        </Popconfirm>
      )}
      <ResetPasswordButton user={user} />
      {user.totpEnabled && (
        <Popconfirm
          title={t('users.confirmResetTotp', { name: user.displayName })}
          onConfirm={() =>
            resetTwoFactor.mutate(user.id, {
              onSuccess: () => void message.success(t('users.totpReset', { name: user.displayName })),
              onError: (error) => void message.error(problemText(error, t)),
            })
          }
        >
          <Button size="small" loading={resetTwoFactor.isPending} data-testid="reset-totp">
            {t('users.resetTotp')}
          </Button>
        </Popconfirm>
      )}
      {user.lockedUntil && (
        <Button size="small" onClick={() => apply({ unlock: true })}>
          {t('users.unlock')}
        </Button>
      )}
    </Space>
  );
}
