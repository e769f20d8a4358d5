import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../common/roles';
import { UnitSelect } from '../units/UnitSelect';
import { UNIT_ROLE } from './userChange';

/** A user's name, role and (for a unit liaison, who alone belongs to one) unit: the same fields when created and when edited. */
export function UserFields({ role }: { role: Role | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
        <Select<Role> options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
      </Form.Item>
      {role === UNIT_ROLE && (
        <Form.Item name="unitId" label={t('users.unit')} rules={[{ required: true, message: t('users.unitRequired') }]}>
          <UnitSelect />
        </Form.Item>
      )}
    </>
  );
}
