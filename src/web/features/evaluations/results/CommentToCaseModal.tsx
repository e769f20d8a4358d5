import { Alert, Button, Form, Input, Modal, Result, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormProblem } from '../../../common/useFormProblem';
import { useCommentToCase } from '../mutations';
import { evaluationProblemText } from '../problems';
import { OVERALL, type EvaluationComment, type Overview } from '../types';

const FIELDS = ['category', 'title'] as const;

interface Values {
  category: string;
  title?: string;
}

interface CommentToCaseModalProps {
  comment: EvaluationComment;
  criteria: Overview['criteria'];
  onClose: () => void;
}

/** Files an evaluator's comment as a case against the unit, under one of the plan's problem categories. */
export function CommentToCaseModal({ comment, criteria, onClose }: CommentToCaseModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const toCase = useCommentToCase();
  const fieldProblem = useFormProblem(form, toCase.error, FIELDS);
  const problem = fieldProblem === null ? null : evaluationProblemText(toCase.error, t);
  const categories = criteria.filter((criterion) => criterion.code !== OVERALL);
  const filed = toCase.data;
  const submit = (values: Values) =>
    toCase.mutate({ answerId: comment.answerId, category: values.category, title: values.title?.trim() || undefined });
  return (
    <Modal
      open
      title={t('evaluations.comments.toCaseTitle', { unit: comment.unitName })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        filed ? (
          <Button type="primary" onClick={onClose}>
            {t('evaluations.comments.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="primary" loading={toCase.isPending} onClick={() => form.submit()} data-testid="to-case-submit">
              {t('evaluations.comments.toCase')}
            </Button>
          </>
        )
      }
    >
      {filed ? (
        <Result
          status="success"
          title={
            <span data-testid="filed-case">
              {t('evaluations.comments.filed')}{' '}
              <Link to={`/cases/${filed.caseId}`} style={{ fontFamily: 'monospace' }}>
                {filed.code}
              </Link>
            </span>
          }
          subTitle={t('evaluations.comments.filedNext')}
        />
      ) : (
        <>
          <Typography.Paragraph style={{ background: '#fafafa', padding: '8px 12px', borderRadius: 4, whiteSpace: 'pre-wrap' }}>{comment.comment}</Typography.Paragraph>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Form<Values> form={form} layout="vertical" requiredMark onFinish={submit}>
            <Form.Item name="category" label={t('evaluations.comments.category')} rules={[{ required: true, message: t('evaluations.comments.categoryRequired') }]}>
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('evaluations.comments.categoryPlaceholder')}
                options={categories.map((criterion, index) => ({ value: criterion.code, label: `${index + 1}. ${criterion.name}` }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('evaluations.comments.caseTitle')} extra={t('evaluations.comments.caseTitleHint')}>
              <Input maxLength={200} showCount />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
