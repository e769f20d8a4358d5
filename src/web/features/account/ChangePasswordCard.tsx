import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../useFormProblem';
import { authApi } from '../auth/api';
import { MIN_PASSWORD, sameAs } from '../auth/passwordRules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) => authApi.changePassword(currentPassword, newPassword),
    // A wrong current password may come back as 401; that is a form error, not a lost session.
    meta: { keepSessionOn401: true },
    onSuccess: () => {
      form.resetFields();
      void message.success(t('account.changed'));
    },
  });
  const problem = useFormProblem(form, change.error, FIELDS);
  return (
    <Card title={t('account.password')}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => change.mutate(values)} style={{ maxWidth: 420 }}>
        <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true, message: t('account.currentRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('account.newPassword')} rules={[{ required: true, min: MIN_PASSWORD, message: t('account.newLength') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account.confirmMismatch') },
          sameAs('newPassword', t('account.confirmMismatch')),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.change')}
        </Button>
      </Form>
    </Card>
  );
}
