import { Form, Input } from 'antd';
import { MIN_PASSWORD, sameAs } from './passwordRules';

type Props = {
  /** The form field of the new password; the repeat is `confirm`. */
  name: string;
  label: string;
  /** Shown when the password is missing or shorter than the server's minimum. */
  lengthMessage: string;
  confirmLabel: string;
  mismatchMessage: string;
};

/** A new password and its repeat, checked against the server's minimum and each other. */
export function NewPasswordFields({ name, label, lengthMessage, confirmLabel, mismatchMessage }: Props) {
  return (
    <>
      <Form.Item name={name} label={label} rules={[{ required: true, min: MIN_PASSWORD, message: lengthMessage }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label={confirmLabel} dependencies={[name]} rules={[{ required: true, message: mismatchMessage }, sameAs(name, mismatchMessage)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
