import { Alert, App, Button, Card, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../common/useFormProblem';
import { decisionLabel } from './labels';
import { useReviewReport } from './mutations';
import { selfInspectionProblemText } from './problems';
import { REVIEW_DECISIONS, type NewReview, type Report, type ReviewDecision } from './types';

interface ReviewValues {
  decision: ReviewDecision;
  comment?: string;
  score?: number | null;
}

const FIELDS = ['decision', 'comment', 'score', 'itemComments'] as const;

/** The comments written on items that are in the report, trimmed; none when all are blank. */
export function filledComments(itemComments: Readonly<Record<string, string>>, keys: ReadonlySet<string>): Record<string, string> | undefined {
  const filled = Object.entries(itemComments)
    .map(([key, text]) => [key, text.trim()] as const)
    .filter(([key, text]) => text !== '' && keys.has(key));
  return filled.length ? Object.fromEntries(filled) : undefined;
}

/**
 * The office's review of a submitted report: accept, return (with an overall comment or comments
 * on items, written beside them), or, for a year-end summary, fail; a summary is accepted with
 * its score.
 */
export function ReviewPanel({ report, itemComments, onReviewed }: { report: Report; itemComments: Readonly<Record<string, string>>; onReviewed: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewValues>();
  const review = useReviewReport(report.id);
  const decision = Form.useWatch('decision', form);
  const summary = report.request.kind === 'summary';
  const decisions = REVIEW_DECISIONS.filter((d) => d !== 'fail' || summary);
  const keys = new Set([...report.content.rectifications, ...report.content.institutions, ...report.content.trainings].map((item) => item.key));
  const comments = filledComments(itemComments, keys);
  const fieldProblem = useFormProblem(form, review.error, FIELDS);
  const problem = fieldProblem === null ? null : selfInspectionProblemText(review.error, t);

  const submit = (values: ReviewValues) => {
    const comment = values.comment?.trim();
    if (values.decision === 'return' && !comment && !comments) {
      form.setFields([{ name: 'comment', errors: [t('selfInspections.review.returnNeedsComment')] }]);
      return;
    }
    const body: NewReview = {
      decision: values.decision,
      ...(comment ? { comment } : {}),
      ...(comments ? { itemComments: comments } : {}),
      ...(summary && values.decision === 'accept' && typeof values.score === 'number' ? { score: values.score } : {}),
    };
    review.mutate(body, {
      onSuccess: () => {
        void message.success(t('selfInspections.review.done'));
        onReviewed();
      },
    });
  };

  return (
    <Card size="small" title={t('selfInspections.review.title')} data-testid="review-panel">
      <Form<ReviewValues> form={form} name={`review-${report.id}`} layout="vertical" onFinish={submit} requiredMark={false}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="review-problem" />}
        <Form.Item name="decision" label={t('selfInspections.review.decision')} rules={[{ required: true, message: t('selfInspections.review.decision') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={decisions.map((d) => ({ value: d, label: decisionLabel(t, d, report.request.kind) }))}
            data-testid="review-decision-choice"
          />
        </Form.Item>
        {summary && decision === 'accept' && (
          <Form.Item name="score" label={t('selfInspections.review.score')} rules={[{ required: true, message: t('selfInspections.review.scoreRequired') }]}>
            <InputNumber min={0} max={100} precision={1} style={{ width: 140 }} data-testid="review-score-input" />
          </Form.Item>
        )}
        <Form.Item name="comment" label={t('selfInspections.review.comment')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} placeholder={t('selfInspections.review.commentPlaceholder')} data-testid="review-comment" />
        </Form.Item>
        {comments && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('selfInspections.review.itemComments', { count: Object.keys(comments).length })}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={review.isPending} block data-testid="submit-review">
          {t('selfInspections.review.submit')}
        </Button>
      </Form>
    </Card>
  );
}
