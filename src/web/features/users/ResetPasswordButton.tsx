import { KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../common/problems';
import { useFormProblem } from '../../common/useFormProblem';
import { MIN_PASSWORD } from '../auth/passwordRules';
import { useResetPassword } from './queries';
import type { User } from './types';

const FIELDS = ['newPassword'] as const;

/** For a user who lost their password: the administrator sets a new one, and every session of theirs ends. */
export function ResetPasswordButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword();
  const fieldProblem = useFormProblem(form, reset.error, FIELDS);
  const problem = fieldProblem === null ? null : problemText(reset.error, t);
  const close = () => {
    setOpen(false);
    form.resetFields();
    reset.reset();
  };
  const submit = ({ newPassword }: { newPassword: string }) =>
    reset.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => {
          void message.success(t('users.passwordReset', { name: user.displayName }));
          close();
        },
      },
    );
  return (
    <>
      <Button size="small" icon={<KeyOutlined />} onClick={() => setOpen(true)} data-testid="reset-password">
        {t('users.resetPassword')}
      </Button>
      <Modal open={open} title={t('users.resetTitle', { name: user.displayName })} okText={t('users.resetPassword')} onOk={() => form.submit()} onCancel={close} confirmLoading={reset.isPending} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('users.resetHint')}</Typography.Paragraph>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="newPassword" label={t('users.newPassword')} rules={[{ required: true, min: MIN_PASSWORD, message: t('users.newPasswordLength') }]}>
            <Input.Password autoComplete="new-password" autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
