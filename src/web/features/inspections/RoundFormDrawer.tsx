import { Alert, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../common/useFormProblem';
import { inspectionProblemText } from './problems';
import { RoundFields } from './RoundFields';
import { ROUND_FIELDS, type RoundValues } from './roundValues';

interface RoundFormDrawerProps {
  title: string;
  submitText: string;
  initialValues: Partial<RoundValues>;
  withKind: boolean;
  knownUnits?: Record<number, string>;
  knownMembers?: Record<number, string>;
  /** What the form starts from is still loading: the form waits for it. */
  loading?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (values: RoundValues) => void;
  onClose: () => void;
}

/** The round form in a side drawer, for planning a round and for changing one. */
export function RoundFormDrawer({ title, submitText, initialValues, withKind, knownUnits, knownMembers, loading = false, pending, error, onSubmit, onClose }: RoundFormDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RoundValues>();
  const fieldProblem = useFormProblem(form, error, ROUND_FIELDS);
  const problem = fieldProblem === null ? null : inspectionProblemText(error, t);
  return (
    <Drawer
      open
      title={title}
      size="min(640px, 100vw)"
      onClose={onClose}
      destroyOnHidden
      loading={loading}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="primary" loading={pending} disabled={loading} onClick={() => form.submit()} data-testid="round-submit">
            {submitText}
          </Button>
        </Flex>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="round-problem" />}
      <Form<RoundValues> form={form} layout="vertical" requiredMark onFinish={onSubmit} initialValues={initialValues}>
        <RoundFields withKind={withKind} knownUnits={knownUnits} knownMembers={knownMembers} />
      </Form>
    </Drawer>
  );
}
