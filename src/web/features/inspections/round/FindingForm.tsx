import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../common/useFormProblem';
import { CategorySelect } from '../../cases/intake/CategorySelect';
import { useChangeFinding, useRecordFinding } from '../mutations';
import { inspectionProblemText, useConflictMessage } from '../problems';
import type { Finding, FindingChange, RoundDetail } from '../types';

const FIELDS = ['unitId', 'category', 'title', 'description', 'observedAt'] as const;

interface Values {
  unitId: number;
  category: string;
  title: string;
  description: string;
  observedAt: Dayjs;
}

type FindingFormProps = { round: RoundDetail; onDone: () => void } & (
  | {
      /** The Idempotency-Key of this form instance: kept across retries, new for the next finding. */
      idempotencyKey: string;
      finding?: undefined;
    }
  | {
      /** Correct this finding instead of recording a new one. */
      finding: Finding;
      idempotencyKey?: undefined;
    }
);

/** Only what differs from the finding as it is. */
function changes(finding: Finding, body: Required<FindingChange>): FindingChange {
  const changed: FindingChange = {};
  if (body.unitId !== finding.unitId) changed.unitId = body.unitId;
  if (body.category !== finding.category) changed.category = body.category;
  if (body.title !== finding.title) changed.title = body.title;
  if (body.description !== finding.description) changed.description = body.description;
  if (!dayjs(body.observedAt).isSame(finding.observedAt, 'minute')) changed.observedAt = body.observedAt;
  return changed;
}

/** One finding at one of the round's units, under one of the plan's problem categories: recorded anew, or corrected. */
export function FindingForm({ idempotencyKey, finding, round, onDone }: FindingFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordFinding(round.id);
  const change = useChangeFinding(round.id);
  const conflict = useConflictMessage();
  const active = finding ? change : record;
  // The finding as the form opened with it: a reload meanwhile must not turn untouched fields into changes.
  const [original] = useState(finding);
  const fieldProblem = useFormProblem(form, active.error, FIELDS);
  const problem = fieldProblem === null ? null : inspectionProblemText(active.error, t);
  const onlyUnit = round.units.length === 1 ? round.units[0]?.id : undefined;
  const initialValues = finding
    ? { unitId: finding.unitId, category: finding.category, title: finding.title, description: finding.description, observedAt: dayjs(finding.observedAt) }
    : { unitId: onlyUnit, observedAt: dayjs() };
  const submit = (values: Values) => {
    const body = { unitId: values.unitId, category: values.category, title: values.title.trim(), description: values.description.trim(), observedAt: values.observedAt.toISOString() };
    if (!finding) {
      record.mutate(
        { body, key: idempotencyKey },
        {
          onSuccess: () => {
            void message.success(t('inspections.record.recorded'));
            onDone();
          },
        },
      );
      return;
    }
    const changed = changes(original ?? finding, body);
    if (Object.keys(changed).length === 0) {
      onDone();
      return;
    }
    change.mutate(
      { findingId: finding.id, body: changed },
      {
        onSuccess: () => {
          void message.success(t('inspections.record.saved'));
          onDone();
        },
        onError: conflict,
      },
    );
  };
  return (
    <Form<Values> form={form} name={finding ? `finding-${finding.id}` : 'finding-new'} layout="vertical" requiredMark onFinish={submit} initialValues={initialValues}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="unitId" label={t('inspections.record.unit')} rules={[{ required: true, message: t('inspections.record.unitRequired') }]}>
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('inspections.record.unitPlaceholder')}
              options={round.units.map((unit) => ({ value: unit.id, label: unit.name }))}
              data-testid="finding-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('inspections.record.category')} rules={[{ required: true, message: t('inspections.record.categoryRequired') }]}>
            <CategorySelect />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('inspections.record.subject')} rules={[{ required: true, whitespace: true, message: t('inspections.record.subjectRequired') }]}>
        <Input maxLength={200} showCount />
      </Form.Item>
      <Form.Item name="description" label={t('inspections.record.description')} rules={[{ required: true, whitespace: true, message: t('inspections.record.descriptionRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} placeholder={t('inspections.record.descriptionPlaceholder')} />
      </Form.Item>
      <Row gutter={16} align="bottom">
        <Col xs={24} md={12}>
          <Form.Item name="observedAt" label={t('inspections.record.observedAt')} rules={[{ required: true, message: t('inspections.record.observedAtRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item>
            <Flex justify="flex-end">
              <Button type="primary" htmlType="submit" loading={active.isPending} data-testid="finding-submit">
                {finding ? t('inspections.record.save') : t('inspections.record.submit')}
              </Button>
            </Flex>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
