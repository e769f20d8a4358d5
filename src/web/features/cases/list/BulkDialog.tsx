import { Alert, Flex, Form, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../common/useFormProblem';
import { stepLabel } from '../labels';
import { useBulkStep } from '../mutations';
import { DueDateField, NoteField, UnitField } from '../steps/fields';
import { stepBody, type StepValues } from '../steps/stepBody';
import type { BulkAction, BulkIn, BulkResult, CaseListItem } from '../types';

const FIELDS = ['note', 'unitId', 'dueDate'] as const;
// The codes shown in the dialog; the rest are counted.
const SHOWN_CODES = 12;

interface BulkDialogProps {
  action: BulkAction;
  cases: CaseListItem[];
  onDone: (results: BulkResult[]) => void;
  onClose: () => void;
}

/**
 * The confirmation of one step on the selected cases, with the step's fields (for an assignment
 * one unit and one due date for all), then one request; the answer goes to `onDone`.
 */
export function BulkDialog({ action, cases, onDone, onClose }: BulkDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StepValues>();
  const bulk = useBulkStep();
  const problem = useFormProblem(form, bulk.error, FIELDS);
  const step = stepLabel(t, action);
  const submit = (values: StepValues) => {
    const request = { action, ids: cases.map((item) => item.id), body: stepBody(action, values) } as BulkIn;
    bulk.mutate(request, { onSuccess: ({ results }) => onDone(results) });
  };
  return (
    <Modal
      open
      title={t('cases.bulk.confirmTitle', { step, count: cases.length })}
      okText={t('cases.bulk.confirmOk', { step, count: cases.length })}
      cancelText={t('actions.cancel')}
      confirmLoading={bulk.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      okButtonProps={{ 'data-testid': 'bulk-confirm' }}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="bulk-problem" />}
      <Typography.Paragraph type="secondary">{t('cases.bulk.confirmCases', { step })}</Typography.Paragraph>
      <Flex wrap gap={4} style={{ marginBottom: 16 }} data-testid="bulk-cases">
        {cases.slice(0, SHOWN_CODES).map((item) => (
          <Tag key={item.id} style={{ fontFamily: 'monospace', marginInlineEnd: 0 }}>
            {item.code}
          </Tag>
        ))}
        {cases.length > SHOWN_CODES && <Typography.Text type="secondary">{t('cases.bulk.more', { count: cases.length })}</Typography.Text>}
      </Flex>
      <Form<StepValues> form={form} layout="vertical" onFinish={submit}>
        {action === 'assign' && (
          <>
            <UnitField required={false} hint={t('cases.bulk.unitHint')} />
            <DueDateField />
          </>
        )}
        {action !== 'assign' && <Typography.Paragraph type="secondary">{t(`caseSteps.hints.${action}`)}</Typography.Paragraph>}
        <NoteField />
      </Form>
    </Modal>
  );
}
