import { App, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../common/FormModal';
import { todayIso } from '../../common/format';
import { newIdempotencyKey } from '../../common/idempotencyKey';
import { useFormProblem } from '../../common/useFormProblem';
import { outsideSpan, phasesSpan } from '../plan/campaignClock';
import { usePlan } from '../plan/queries';
import type { Plan } from '../plan/types';
import { unitSelectProps, useUnitOptions, type UnitOption } from '../units/UnitSelect';
import { phaseIndexFor, suggestedDueDay } from './dueDay';
import { kindLabel } from './labels';
import { useCreateRequest } from './mutations';
import { selfInspectionProblemText } from './problems';
import { newRequestBody, type RequestValues } from './requestValues';
import { REPORT_KINDS, type ReportKind } from './types';

const FIELDS = ['kind', 'title', 'dueDate', 'instructions', 'unitIds'] as const;

function suggestion(plan: Plan | undefined, kind: ReportKind): { day: Dayjs | undefined; phase: string | null } {
  const phases = plan?.phases ?? [];
  const named = plan?.measures?.selfInspection?.phase;
  const day = suggestedDueDay(kind, phases, named, todayIso());
  const phase = phases.find((p) => p.end === day) ?? phases[phaseIndexFor(kind, phases, named, todayIso())];
  return { day: day ? dayjs(day) : undefined, phase: phase?.name ?? null };
}

/** Asks units for a report, then opens the request; the key stays the same for every retry of this dialog. */
export function CreateRequestModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestValues>();
  const [key] = useState(newIdempotencyKey);
  const create = useCreateRequest();
  const plan = usePlan();
  const { options: unitOptions, loading: unitsLoading } = useUnitOptions();
  const kind = Form.useWatch('kind', form) ?? 'self_inspection';
  const scope = Form.useWatch('scope', form) ?? 'monitored';
  const span = phasesSpan(plan.data?.phases ?? []);
  const year = plan.data?.campaign.year ?? dayjs().year();
  const titleFor = (k: ReportKind) => t(`selfInspections.create.defaultTitles.${k}`, { year });
  const suggested = suggestion(plan.data, kind);
  const fieldProblem = useFormProblem(form, create.error, FIELDS);
  const problem = fieldProblem === null ? null : selfInspectionProblemText(create.error, t);

  // The title and the due day follow the kind until the user writes their own.
  const onValuesChange = (changed: Partial<RequestValues>) => {
    if (!changed.kind) return;
    const next: Partial<RequestValues> = {};
    if (!form.isFieldTouched('title')) next.title = titleFor(changed.kind);
    const day = suggestion(plan.data, changed.kind).day;
    if (!form.isFieldTouched('dueDate') && day) next.dueDate = day;
    form.setFieldsValue(next);
  };

  const submit = (values: RequestValues) =>
    create.mutate(
      { body: newRequestBody(values), key },
      {
        onSuccess: ({ id }) => {
          void message.success(t('selfInspections.create.created'));
          void navigate(`/self-inspections/requests/${id}`);
        },
      },
    );

  return (
    <FormModal title={t('selfInspections.create.title')} okText={t('selfInspections.create.submit')} form={form} busy={create.isPending} problem={problem} problemTestId="request-problem" width={640} onClose={onClose}>
      <Form<RequestValues>
        form={form}
        name="new-request"
        layout="vertical"
        onFinish={submit}
        onValuesChange={onValuesChange}
        initialValues={{ kind: 'self_inspection', title: titleFor('self_inspection'), dueDate: suggestion(plan.data, 'self_inspection').day, scope: 'monitored' }}
        data-testid="request-form"
      >
        <Form.Item name="kind" label={t('selfInspections.create.kind')} rules={[{ required: true }]}>
          <Select<ReportKind> options={REPORT_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} data-testid="request-kind-select" />
        </Form.Item>
        <Form.Item name="title" label={t('selfInspections.create.titleLabel')} rules={[{ required: true, whitespace: true, message: t('selfInspections.create.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('selfInspections.create.dueDate')}
          rules={[{ required: true, message: t('selfInspections.create.dueRequired') }]}
          extra={suggested.phase ? t('selfInspections.create.dueHint', { phase: suggested.phase }) : undefined}
        >
          <DatePicker style={{ width: '100%', maxWidth: 240 }} disabledDate={(d) => outsideSpan(span, d.format('YYYY-MM-DD'))} data-testid="request-due" />
        </Form.Item>
        <Form.Item name="instructions" label={t('selfInspections.create.instructions')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder={t('selfInspections.create.instructionsPlaceholder')} />
        </Form.Item>
        <Form.Item name="scope" label={t('selfInspections.create.units')}>
          <Radio.Group
            options={[
              { value: 'monitored', label: t('selfInspections.create.allMonitored', { count: plan.data?.counts.monitoredUnits ?? 0 }) },
              { value: 'chosen', label: t('selfInspections.create.chosen') },
            ]}
          />
        </Form.Item>
        {scope === 'chosen' && (
          <Form.Item name="unitIds" label={t('selfInspections.create.chooseUnits')} rules={[{ required: true, type: 'array', min: 1, message: t('selfInspections.create.unitsRequired') }]}>
            <Select<number[], UnitOption>
              {...unitSelectProps}
              mode="multiple"
              loading={unitsLoading}
              options={unitOptions}
              placeholder={t('selfInspections.create.unitsPlaceholder')}
              data-testid="request-units"
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
