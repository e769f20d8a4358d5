import type { FormRule } from 'antd';
import { PASSWORD_MIN } from '../../../core/auth/password-policy';

/** The server's minimum (core/auth/password-policy), so the user learns it before submitting. */
export const MIN_PASSWORD = PASSWORD_MIN;

/** A rule for a "repeat the password" field that must equal `field`. */
export function sameAs(field: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value) =>
      value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error(message)),
  });
}
