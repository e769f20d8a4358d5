import { DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../units/UnitSelect';

export function NoteField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t('caseSteps.note')}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
    </Form.Item>
  );
}

export function ReasonField({ required = true, autoFocus = false }: { required?: boolean; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="reason" label={t('caseSteps.reason')} rules={required ? [{ required: true, whitespace: true, message: t('caseSteps.reasonRequired') }] : []}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} autoFocus={autoFocus} />
    </Form.Item>
  );
}

interface DueDateFieldProps {
  /** A grant must move the date: only days after this one are offered. */
  after?: string | null;
  required?: boolean;
}

/** A handling due date; the server also insists on a working day and gives the reason if not. */
export function DueDateField({ after, required = false }: DueDateFieldProps) {
  const { t } = useTranslation();
  const first = after ? dayjs(after).add(1, 'day') : dayjs();
  return (
    <Form.Item
      name="dueDate"
      label={required ? t('caseSteps.newDueDate') : t('caseSteps.dueDate')}
      extra={required ? (after ? t('caseSteps.currentDue', { date: after }) : undefined) : t('caseSteps.dueDateHint')}
      rules={required ? [{ required: true, message: t('caseSteps.newDueDateRequired') }] : []}
    >
      <DatePicker disabledDate={(day) => day.isBefore(first, 'day')} style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function UnitField({ required, hint }: { required: boolean; hint?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="unitId" label={t('caseSteps.unit')} extra={hint} rules={required ? [{ required: true, message: t('caseSteps.unitRequired') }] : []}>
      <UnitSelect style={{ width: '100%' }} />
    </Form.Item>
  );
}
