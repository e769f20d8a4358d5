import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormProblem } from '../../common/useFormProblem';
import { authApi } from './api';
import { AuthCard } from './AuthCard';
import { NewPasswordFields } from './NewPasswordFields';
import { tokenFromFragment } from './SetupPage';

const FIELDS = ['newPassword'] as const;

/** A user who lost their password sets a new one with the one-time link the administrator gave them. */
export function PasswordLinkPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromFragment);
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const reset = useMutation({ mutationFn: (newPassword: string) => authApi.passwordLink(token ?? '', newPassword) });
  const problem = useFormProblem(form, reset.error, FIELDS);

  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);

  const title = t('auth.passwordLink.title');
  if (reset.isSuccess) {
    return (
      <AuthCard title={title}>
        <Result status="success" title={t('auth.passwordLink.done')} extra={<Link to="/login"><Button type="primary">{t('auth.setup.goLogin')}</Button></Link>} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title} subtitle={t('auth.passwordLink.subtitle')} width={440}>
      {!token && <Alert type="error" showIcon title={t('auth.passwordLink.missingToken')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} disabled={!token} onFinish={({ newPassword }) => reset.mutate(newPassword)}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <NewPasswordFields name="newPassword" label={t('auth.passwordLink.password')} lengthMessage={t('auth.setup.passwordLength')} confirmLabel={t('auth.setup.confirm')} mismatchMessage={t('auth.setup.confirmMismatch')} />
        <Button type="primary" htmlType="submit" block loading={reset.isPending}>
          {t('auth.passwordLink.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
