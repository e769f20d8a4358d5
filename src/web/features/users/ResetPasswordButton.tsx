import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../common/format';
import { problemText } from '../../common/problems';
import { usePasswordLink } from './queries';
import type { User } from './types';

/** The page a password link opens; the token rides in the fragment, out of logs and Referer headers. */
export const passwordLinkUrl = (token: string) => `${window.location.origin}/password-link#token=${encodeURIComponent(token)}`;

/**
 * For a user who lost their password: the administrator makes a one-time link and hands it over;
 * the user sets a new password with it, and every session of theirs ends. The link is shown once.
 */
export function ResetPasswordButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const link = usePasswordLink();
  const close = () => {
    setOpen(false);
    link.reset();
  };
  const made = link.data;
  return (
    <>
      <Button size="small" icon={<KeyOutlined />} onClick={() => setOpen(true)} data-testid="reset-password">
        {t('users.resetPassword')}
      </Button>
      <Modal
        open={open}
        title={t('users.resetTitle', { name: user.displayName })}
        okText={made ? t('users.linkDone') : t('users.makeLink')}
        onOk={() => (made ? close() : link.mutate(user.id))}
        cancelButtonProps={made ? { style: { display: 'none' } } : undefined}
        onCancel={close}
        confirmLoading={link.isPending}
        destroyOnHidden
      >
        {link.isError && <Alert type="error" showIcon title={problemText(link.error, t)} style={{ marginBottom: 12 }} />}
        {made ? (
          <>
            <Alert type="success" showIcon title={t('users.linkMade', { name: user.displayName, time: formatDateTime(made.expiresAt) })} style={{ marginBottom: 12 }} />
            <Typography.Paragraph copyable={{ text: passwordLinkUrl(made.token) }} code style={{ wordBreak: 'break-all' }} data-testid="password-link">
              {passwordLinkUrl(made.token)}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('users.linkShownOnce')}</Typography.Paragraph>
          </>
        ) : (
          <Typography.Paragraph type="secondary">{t('users.linkHint')}</Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}
