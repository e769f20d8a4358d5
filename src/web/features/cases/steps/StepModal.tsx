import { Alert, App, Form, Modal, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { toAttachments } from '../../../common/attachments';
import { useFormProblem } from '../../../common/useFormProblem';
import { stepLabel } from '../labels';
import { useCaseStep } from '../mutations';
import type { CaseDetail, Step } from '../types';
import { deadlineStepLabel } from './extension';
import { stepBody, type StepValues } from './stepBody';
import { StepFields } from './StepFields';

const FIELDS = ['note', 'reason', 'unitId', 'dueDate', 'workdays', 'findings', 'measures', 'substantiated', 'attachments', 'satisfaction', 'comment', 'reopen', 'intoCaseId'] as const;

type Values = StepValues & { attachments?: UploadFile[] };

interface StepModalProps {
  step: Step;
  detail: CaseDetail;
  onClose: () => void;
}

/** One step on a case: its fields, then the server's answer (the updated case, or why not). */
export function StepModal({ step, detail, onClose }: StepModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const take = useCaseStep(detail.id);
  const problem = useFormProblem(form, take.error, FIELDS);
  const name = step === 'grant_extension' ? deadlineStepLabel(t, detail.timeline) : stepLabel(t, step);
  const submit = async (values: Values) => {
    const files = (values.attachments ?? []).flatMap((item) => (item.originFileObj ? [item.originFileObj] : []));
    const body = stepBody(step, values, await toAttachments(files));
    take.mutate(
      { step, body },
      {
        onSuccess: () => {
          void message.success(t('caseSteps.done', { step: name }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('caseSteps.modalTitle', { step: name, code: detail.code })}
      okText={name}
      okButtonProps={{ danger: step === 'reject' }}
      cancelText={t('actions.cancel')}
      confirmLoading={take.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={step === 'respond' ? 640 : 520}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="step-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ unitId: step === 'assign' ? detail.unitId : undefined, reopen: false }}
      >
        <StepFields step={step} detail={detail} />
      </Form>
    </Modal>
  );
}
