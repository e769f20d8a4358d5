import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_FIELD_MESSAGES, UNIT_REFUSALS } from '../../../modules/units/contract';
import { ApiError } from '../../common/api';
import { fieldErrors, problemText } from '../../common/problems';

type FieldKey = keyof typeof UNIT_FIELD_MESSAGES;
type RefusalKey = keyof typeof UNIT_REFUSALS;

const FIELD_KEYS = new Map(Object.entries(UNIT_FIELD_MESSAGES).map(([key, message]) => [message as string, key as FieldKey]));
const REFUSAL_KEYS = new Map(Object.entries(UNIT_REFUSALS).map(([key, detail]) => [detail as string, key as RefusalKey]));

/** A field error of the registry's routes in the reader's language (others as the shared words give them). */
export function unitFieldMessage(message: string, t: TFunction): string {
  const key = FIELD_KEYS.get(message);
  if (key) return t(`units.problems.fields.${key}`);
  const missing = /^no (?:active )?unit with id \d+$/.exec(message);
  if (missing) return t('units.problems.fields.noUnit');
  return message;
}

/** The sentence for a refused registry change: the registry's refusals worded here, the rest as everywhere. */
export function unitProblemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const more = error.problem as { subUnits?: unknown; parent?: unknown };
    if (typeof more.subUnits === 'number') return t('units.problems.liveSubUnits', { count: more.subUnits });
    const key = REFUSAL_KEYS.get(error.problem.detail ?? '');
    if (key) return t(`units.problems.${key}`, { parent: typeof more.parent === 'string' ? more.parent : '' });
  }
  return problemText(error, t);
}

/**
 * useFormProblem for the registry's forms: field errors beside their fields, in the reader's
 * language; returns the sentence for the form's alert when no field matched (else null).
 */
export function useUnitFormProblem(form: FormInstance, error: unknown, fields: readonly string[]): string | null {
  const { t } = useTranslation();
  const matched = fieldErrors(error, fields, t);
  useEffect(() => {
    const current = fieldErrors(error, fields, t).map((item) => ({ ...item, errors: item.errors.map((message) => unitFieldMessage(message, t)) }));
    if (current.length > 0) form.setFields(current);
  }, [error, form, fields, t]);
  if (!error || matched.length > 0) return null;
  return unitProblemText(error, t);
}
