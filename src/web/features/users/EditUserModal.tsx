import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../common/useFormProblem';
import { useUpdateUser } from './queries';
import { UserFields } from './UserFields';
import type { User } from './types';
import { UNIT_ROLE, userChange, type UserValues as Values } from './userChange';

const FIELDS = ['displayName', 'role', 'unitId'] as const;

/** Name, role and unit of a user; a new role or unit ends the user's sessions, and the form says so first. */
export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser();
  const problem = useFormProblem(form, update.error, FIELDS);
  const role = Form.useWatch('role', form) ?? user.role;
  const unitId = Form.useWatch('unitId', form);
  const rightsChange = role !== user.role || (role === UNIT_ROLE && unitId !== undefined && unitId !== user.unitId);
  const submit = (values: Values) => {
    const change = userChange(user, values);
    if (Object.keys(change).length === 0) return onClose();
    update.mutate(
      { id: user.id, change },
      {
        onSuccess: (updated) => {
          void message.success(t('users.updated', { name: updated.displayName }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal open title={t('users.editTitle', { name: user.displayName })} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={update.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={{ displayName: user.displayName, role: user.role, unitId: user.unitId ?? undefined }} onFinish={submit}>
        <UserFields role={role} />
      </Form>
      {rightsChange && <Alert type="warning" showIcon title={t('users.rightsChange', { name: user.displayName })} data-testid="rights-change" />}
    </Modal>
  );
}
