import { Alert, App, Form, Input } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../common/FormModal';
import { useMergeUnit, useRetireUnit } from './queries';
import type { Unit } from './types';
import { useUnitFormProblem } from './unitProblems';
import { UnitSelect } from './UnitSelect';

interface MergeValues {
  intoId: number | null;
  reason: string;
}

const FIELDS = ['intoId', 'reason'] as const;

/** Merges a unit into another, after saying what moves and that it cannot be undone. */
export function MergeUnitModal({ unit, all, onClose }: { unit: Unit; all: readonly Unit[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<MergeValues>();
  const merge = useMergeUnit();
  const problem = useUnitFormProblem(form, merge.error, FIELDS);
  const itself = useMemo(() => new Set([unit.id]), [unit.id]);
  const submit = ({ intoId, reason }: MergeValues) => {
    const into = all.find((u) => u.id === intoId);
    if (!into) return;
    void modal.confirm({
      title: t('units.merge.confirmTitle'),
      content: t('units.merge.confirmContent', { from: unit.name, into: into.name }),
      okText: t('units.merge.confirmOk'),
      okButtonProps: { danger: true, 'data-testid': 'unit-merge-confirm' },
      cancelText: t('actions.cancel'),
      onOk: () =>
        merge.mutateAsync({ id: unit.id, intoId: into.id, reason: reason.trim() }).then(
          () => {
            void message.success(t('units.merge.done', { from: unit.name, into: into.name }));
            onClose();
          },
          // The problem shows in the form; the confirmation closes.
          () => undefined,
        ),
    });
  };
  return (
    <FormModal title={t('units.merge.title', { name: unit.name })} okText={t('units.merge.ok')} form={form} busy={merge.isPending} problem={problem} problemTestId="unit-problem" onClose={onClose}>
      <Alert type="warning" showIcon title={t('units.merge.warning')} style={{ marginBottom: 16 }} />
      <Form<MergeValues> form={form} layout="vertical" requiredMark onFinish={submit} initialValues={{ intoId: null, reason: '' }}>
        <Form.Item name="intoId" label={t('units.merge.into')} rules={[{ required: true, message: t('units.merge.intoRequired') }]}>
          <UnitSelect exclude={itself} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('units.merge.reason')} rules={[{ required: true, whitespace: true, message: t('units.merge.reasonRequired') }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Retires a unit with its reason. */
export function RetireUnitModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const retire = useRetireUnit();
  const problem = useUnitFormProblem(form, retire.error, RETIRE_FIELDS);
  const submit = ({ reason }: { reason: string }) =>
    retire.mutate(
      { id: unit.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('units.retireDialog.done', { name: unit.name }));
          onClose();
        },
      },
    );
  return (
    <FormModal title={t('units.retireDialog.title', { name: unit.name })} okText={t('units.retireDialog.ok')} form={form} busy={retire.isPending} problem={problem} problemTestId="unit-problem" onClose={onClose}>
      <Alert type="info" showIcon title={t('units.retireDialog.intro')} style={{ marginBottom: 16 }} />
      <Form<{ reason: string }> form={form} layout="vertical" requiredMark onFinish={submit}>
        <Form.Item name="reason" label={t('units.retireDialog.reason')} rules={[{ required: true, whitespace: true, message: t('units.retireDialog.reasonRequired') }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

const RETIRE_FIELDS = ['reason'] as const;
