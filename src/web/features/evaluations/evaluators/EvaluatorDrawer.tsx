import { Alert, App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../common/useFormProblem';
import { useSaveEvaluator } from '../mutations';
import { evaluationProblemText } from '../problems';
import type { Evaluator, EvaluatorInput, Panel } from '../types';
import { UnitSearchSelect } from './UnitSearchSelect';

const FIELDS = ['panel', 'name', 'organisation', 'contact', 'memberUnitId', 'dealtUnitIds'] as const;

interface Values {
  panel: string;
  name: string;
  organisation: string;
  contact?: string;
  memberUnitId?: number | null;
  dealtUnitIds?: number[];
}

interface EvaluatorDrawerProps {
  panels: Panel[];
  /** The evaluator to edit, or null for a new one. */
  evaluator: Evaluator | null;
  /** The panel a new evaluator joins unless changed: the one the list is filtered on. */
  defaultPanel: string | null;
  onClose: () => void;
}

function namesOf(evaluator: Evaluator | null): Record<number, string> {
  if (!evaluator) return {};
  const names: Record<number, string> = Object.fromEntries(evaluator.dealtUnitIds.map((id, i) => [id, evaluator.dealtUnitNames[i] ?? `#${id}`]));
  if (evaluator.memberUnitId !== null) names[evaluator.memberUnitId] = evaluator.memberUnitName ?? `#${evaluator.memberUnitId}`;
  return names;
}

export function EvaluatorDrawer({ panels, evaluator, defaultPanel, onClose }: EvaluatorDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveEvaluator(evaluator?.id ?? null);
  const fieldProblem = useFormProblem(form, save.error, FIELDS);
  const problem = fieldProblem === null ? null : evaluationProblemText(save.error, t);
  const knownNames = namesOf(evaluator);
  const submit = (values: Values) => {
    const body: EvaluatorInput = {
      panel: values.panel,
      name: values.name.trim(),
      organisation: values.organisation.trim(),
      contact: values.contact?.trim() ? values.contact.trim() : null,
      memberUnitId: values.memberUnitId ?? null,
      dealtUnitIds: values.dealtUnitIds ?? [],
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        void message.success(t(evaluator ? 'evaluations.evaluators.updated' : 'evaluations.evaluators.created', { name: saved.name }));
        onClose();
      },
    });
  };
  const initialValues: Partial<Values> = evaluator
    ? {
        panel: evaluator.panel,
        name: evaluator.name,
        organisation: evaluator.organisation,
        contact: evaluator.contact ?? undefined,
        memberUnitId: evaluator.memberUnitId,
        dealtUnitIds: evaluator.dealtUnitIds,
      }
    : { panel: defaultPanel ?? panels[0]?.code, dealtUnitIds: [] };
  return (
    <Drawer
      open
      size={520}
      title={evaluator ? t('evaluations.evaluators.editTitle', { name: evaluator.name }) : t('evaluations.evaluators.createTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="evaluator-save">
            {t('actions.save')}
          </Button>
        </Flex>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" requiredMark onFinish={submit} initialValues={initialValues}>
        <Form.Item name="panel" label={t('evaluations.evaluators.panel')} rules={[{ required: true, message: t('evaluations.evaluators.panelRequired') }]}>
          <Select<string> options={panels.map((panel) => ({ value: panel.code, label: panel.name }))} />
        </Form.Item>
        <Form.Item name="name" label={t('evaluations.evaluators.name')} rules={[{ required: true, whitespace: true, message: t('evaluations.evaluators.nameRequired') }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="organisation"
          label={t('evaluations.evaluators.organisation')}
          extra={t('evaluations.evaluators.organisationHint')}
          rules={[{ required: true, whitespace: true, message: t('evaluations.evaluators.organisationRequired') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="contact" label={t('evaluations.evaluators.contact')} extra={t('evaluations.evaluators.contactHint')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="memberUnitId" label={t('evaluations.evaluators.memberUnit')} extra={t('evaluations.evaluators.memberUnitHint')}>
          <UnitSearchSelect knownNames={knownNames} />
        </Form.Item>
        <Form.Item name="dealtUnitIds" label={t('evaluations.evaluators.dealtUnits')} extra={t('evaluations.evaluators.dealtUnitsHint')}>
          <UnitSearchSelect multiple knownNames={knownNames} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
