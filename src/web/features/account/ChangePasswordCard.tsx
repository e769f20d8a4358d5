import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../common/useFormProblem';
import { authApi } from '../auth/api';
import { NewPasswordFields } from '../auth/NewPasswordFields';

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
        <NewPasswordFields name="newPassword" label={t('account.newPassword')} lengthMessage={t('account.newLength')} confirmLabel={t('account.confirmPassword')} mismatchMessage={t('account.confirmMismatch')} />
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.change')}
        </Button>
      </Form>
    </Card>
  );
}
