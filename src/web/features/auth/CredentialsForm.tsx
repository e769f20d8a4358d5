import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoginInput } from './api';

interface CredentialsFormProps {
  busy: boolean;
  onSubmit: (input: LoginInput) => void;
}

export function CredentialsForm({ busy, onSubmit }: CredentialsFormProps) {
  const { t } = useTranslation();
  return (
    <Form<LoginInput> layout="vertical" requiredMark={false} onFinish={onSubmit} size="large">
      <Form.Item
        name="username"
        label={t('auth.login.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.login.password')}
        rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
