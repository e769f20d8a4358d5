import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../common/useFormProblem';
import { MIN_PASSWORD } from '../auth/passwordRules';
import { useCreateUser } from './queries';
import { UNIT_ROLE } from './userChange';
import { UserFields } from './UserFields';
import type { NewUser } from './types';

const FIELDS = ['username', 'displayName', 'role', 'unitId', 'password'] as const;

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const create = useCreateUser();
  const problem = useFormProblem(form, create.error, FIELDS);
  const role = Form.useWatch('role', form);
  const submit = (values: NewUser) =>
    create.mutate(
      { ...values, unitId: values.role === UNIT_ROLE ? values.unitId : undefined },
      {
        onSuccess: (user) => {
          void message.success(t('users.created', { name: user.displayName }));
          form.resetFields();
          create.reset();
          onClose();
        },
      },
    );
  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('actions.save')}
      cancelText={t('actions.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        create.reset();
        onClose();
      }}
      forceRender
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<NewUser> form={form} layout="vertical" requiredMark onFinish={submit}>
        <Form.Item name="username" label={t('users.username')} rules={[{ required: true, whitespace: true, message: t('users.usernameRequired') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <UserFields role={role} />
        <Form.Item
          name="password"
          label={t('users.password')}
          extra={t('users.passwordHint')}
          rules={[{ required: true, min: MIN_PASSWORD, message: t('users.passwordLength') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
