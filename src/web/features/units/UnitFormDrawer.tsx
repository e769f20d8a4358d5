import { Alert, App, Button, Divider, Drawer, Flex, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kindLabel } from './labels';
import { useCreateUnit, useUpdateUnit } from './queries';
import { UNIT_KINDS, type Unit, type UnitKind } from './types';
import { formValuesOf, newUnitOf, UNIT_FORM_FIELDS, unitChangeOf, type UnitFormValues } from './unitChange';
import { UnitHistory } from './UnitHistory';
import { useUnitFormProblem } from './unitProblems';
import { UnitSelect } from './UnitSelect';
import { selfAndDescendants } from './unitTree';

interface UnitFormDrawerProps {
  /** The unit edited; none to add one. */
  unit: Unit | null;
  all: readonly Unit[];
  /** A retired unit is shown, not changed: restore it first. */
  readOnly?: boolean;
  onClose: () => void;
}

/** Adds a unit, or changes one (name with its reason, kind, parent, aliases, note) beside its history. */
export function UnitFormDrawer({ unit, all, readOnly = false, onClose }: UnitFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const mutation = unit ? update : create;
  const problem = useUnitFormProblem(form, mutation.error, UNIT_FORM_FIELDS);
  const name = Form.useWatch('name', form);
  const renamed = unit !== null && typeof name === 'string' && name.trim() !== '' && name.trim() !== unit.name;
  // A unit cannot go under itself or anything below it.
  const notUnder = useMemo(() => (unit ? selfAndDescendants(all, unit.id) : new Set<number>()), [all, unit]);
  const names = useMemo(() => new Map(all.map((u) => [u.id, u.name])), [all]);

  const submit = (values: UnitFormValues) => {
    if (!unit) {
      create.mutate(newUnitOf(values), {
        onSuccess: (created) => {
          void message.success(t('units.form.created', { name: created.name }));
          onClose();
        },
      });
      return;
    }
    const change = unitChangeOf(unit, values);
    if (!change) return onClose();
    update.mutate(
      { id: unit.id, change },
      {
        onSuccess: (saved) => {
          void message.success(t('units.form.saved', { name: saved.name }));
          form.setFieldsValue({ reason: '' });
          onClose();
        },
      },
    );
  };

  return (
    <Drawer
      open
      title={unit ? `${t('units.form.editTitle')}：${unit.name}` : t('units.form.addTitle')}
      size="min(560px, 100vw)"
      onClose={onClose}
      destroyOnHidden
      data-testid="unit-drawer"
      footer={
        readOnly ? null : (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()} data-testid="unit-submit">
              {unit ? t('units.form.save') : t('units.form.create')}
            </Button>
          </Flex>
        )
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="unit-problem" />}
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        requiredMark
        disabled={readOnly}
        onFinish={submit}
        initialValues={unit ? formValuesOf(unit) : { parentId: null, aliases: [], note: '' }}
      >
        <Form.Item name="name" label={t('units.form.name')} rules={[{ required: true, whitespace: true, message: t('units.form.nameRequired') }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        {renamed && (
          <Form.Item
            name="reason"
            label={t('units.form.reason')}
            extra={t('units.form.reasonHint')}
            rules={[{ required: true, whitespace: true, message: t('units.form.reasonRequired') }]}
          >
            <Input maxLength={500} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('units.form.kind')} rules={[{ required: true, message: t('units.form.kindRequired') }]}>
          <Select<UnitKind> options={UNIT_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('units.form.parent')} extra={unit ? t('units.form.parentHint') : undefined}>
          <UnitSelect exclude={notUnder} placeholder={t('units.form.parentPlaceholder')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="aliases" label={t('units.form.aliases')} extra={t('units.form.aliasesHint')}>
          <Select<string[]> mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} placeholder={t('units.form.aliasesPlaceholder')} />
        </Form.Item>
        <Form.Item name="note" label={t('units.form.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
      {unit && (
        <>
          <Divider />
          <UnitHistory unitId={unit.id} names={names} />
        </>
      )}
    </Drawer>
  );
}
