import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../common/useFormProblem';
import { useCreatePublication } from '../mutations';
import { evaluationProblemText } from '../problems';
import { usePeriodLabel } from '../usePeriodLabel';

const FIELDS = ['note'] as const;

/** Freezes the ranking as it stands now into a new version and asks a leader to approve it. */
export function SubmitPublicationModal({ period, onClose }: { period: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const periodLabel = usePeriodLabel();
  const [form] = Form.useForm<{ note?: string }>();
  const create = useCreatePublication();
  const fieldProblem = useFormProblem(form, create.error, FIELDS);
  const problem = fieldProblem === null ? null : evaluationProblemText(create.error, t);
  const submit = ({ note }: { note?: string }) =>
    create.mutate(
      { period, ...(note?.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (publication) => {
          void message.success(t('evaluations.publications.submitted', { version: publication.version }));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t('evaluations.publications.submitTitle', { period: periodLabel(period) })}
      okText={t('evaluations.publications.submit')}
      cancelText={t('actions.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('evaluations.publications.submitExplain')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="note" label={t('evaluations.publications.note')} extra={t('evaluations.publications.noteHint')}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
