import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, problemText } from './problems';

/**
 * Shows a failed submission where it belongs: field errors beside their fields,
 * and returns the sentence for a form-level alert when no field matched (else null).
 */
export function useFormProblem(form: FormInstance, error: unknown, fields: readonly string[]): string | null {
  const { t } = useTranslation();
  const matched = fieldErrors(error, fields, t);
  const hasFieldErrors = matched.length > 0;
  useEffect(() => {
    const current = fieldErrors(error, fields, t);
    if (current.length > 0) form.setFields(current);
  }, [error, form, fields, t]);
  if (!error || hasFieldErrors) return null;
  return problemText(error, t);
}
