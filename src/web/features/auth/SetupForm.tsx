import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../common/useFormProblem';
import { NewPasswordFields } from './NewPasswordFields';

export interface SetupValues {
  username: string;
  displayName: string;
  password: string;
}

interface SetupFormProps {
  busy: boolean;
  disabled: boolean;
  error: unknown;
  onSubmit: (values: SetupValues) => void;
}

const FIELDS = ['username', 'displayName', 'password'] as const;

export function SetupForm({ busy, disabled, error, onSubmit }: SetupFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SetupValues & { confirm: string }>();
  const problem = useFormProblem(form, error, FIELDS);
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={disabled}
      onFinish={({ username, displayName, password }) => onSubmit({ username, displayName, password })}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item name="username" label={t('auth.setup.username')} rules={[{ required: true, whitespace: true, message: t('auth.setup.usernameRequired') }]}>
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item name="displayName" label={t('auth.setup.displayName')} rules={[{ required: true, whitespace: true, message: t('auth.setup.displayNameRequired') }]}>
        <Input autoComplete="name" />
      </Form.Item>
      <NewPasswordFields name="password" label={t('auth.setup.password')} lengthMessage={t('auth.setup.passwordLength')} confirmLabel={t('auth.setup.confirm')} mismatchMessage={t('auth.setup.confirmMismatch')} />
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('auth.setup.submit')}
      </Button>
    </Form>
  );
}
