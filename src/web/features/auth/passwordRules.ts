import type { FormRule } from 'antd';

/** Mirrors the server's minimum so the user learns it before submitting. */
export const MIN_PASSWORD = 10;

/** A rule for a "repeat the password" field that must equal `field`. */
export function sameAs(field: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value) =>
      value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error(message)),
  });
}
