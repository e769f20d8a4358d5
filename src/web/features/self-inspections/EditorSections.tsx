import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Row, Select, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CategorySelect } from './CategorySelect';
import { rectificationState } from './draft';
import type { EditorValues, RectificationValues } from './editorValues';
import { ItemNotes, type ItemComments } from './ItemNotes';
import { stateLabel } from './labels';
import { StateTag } from './Tags';
import { RECTIFICATION_STATUSES } from './types';

export interface SectionProps {
  form: FormInstance<EditorValues>;
  /** A fresh key for an item added now. */
  newKey: () => string;
  /** Days that cannot be chosen (outside the campaign). */
  disabledDate: (day: Dayjs) => boolean;
  /** Days that cannot be chosen for what has happened (a rule issued, a training held): after today. */
  disabledPastDate: (day: Dayjs) => boolean;
  today: string;
  comments: ItemComments | null;
  /** What the server refused, by item key. */
  problems: Readonly<Record<string, readonly string[]>>;
}

/** One item's card: its number and state, the button that removes it, the office's comment on it. */
function ItemCard({ title, extra, itemKey, comments, problems, onRemove, testId, children }: { title: string; extra?: ReactNode; itemKey: string; comments: ItemComments | null; problems: readonly string[] | undefined; onRemove: () => void; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid={testId}
      data-key={itemKey}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{title}</span>
          {extra}
        </Flex>
      }
      extra={
        <Popconfirm title={t('selfInspections.report.removeConfirm')} okText={t('selfInspections.report.remove')} cancelText={t('actions.cancel')} onConfirm={onRemove}>
          <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('selfInspections.report.remove')} data-testid="remove-item" />
        </Popconfirm>
      }
      styles={{ body: { paddingBottom: 0 } }}
    >
      <ItemNotes itemKey={itemKey} comments={comments} problems={problems} />
      {children}
    </Card>
  );
}

function AddButton({ label, onClick, testId }: { label: string; onClick: () => void; testId: string }) {
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={onClick} block data-testid={testId}>
      {label}
    </Button>
  );
}

function RectificationFields({ name, index, props, onRemove }: { name: number; index: number; props: SectionProps; onRemove: () => void }) {
  const { t } = useTranslation();
  const { form, disabledDate, today, comments, problems } = props;
  const item = Form.useWatch<RectificationValues | undefined>(['rectifications', name], { form, preserve: true });
  const key = item?.key ?? '';
  const state = rectificationState({ status: item?.status, deadline: item?.deadline?.format('YYYY-MM-DD') }, today);
  const done = item?.status === 'done';
  const required = (field: 'description' | 'measure' | 'responsible' | 'evidence') => [{ required: true, whitespace: true, message: t(`selfInspections.report.required.${field}`) }];
  return (
    <ItemCard
      title={t('selfInspections.report.rectificationNo', { n: index + 1 })}
      extra={state && <StateTag state={state} />}
      itemKey={key}
      comments={comments}
      problems={problems[key]}
      onRemove={onRemove}
      testId="rectification-editor"
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'category']} label={t('selfInspections.report.category')} rules={[{ required: true, message: t('selfInspections.report.required.category') }]}>
            <CategorySelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'status']} label={t('selfInspections.report.status')} rules={[{ required: true, message: t('selfInspections.report.required.status') }]}>
            <Select options={RECTIFICATION_STATUSES.map((status) => ({ value: status, label: stateLabel(t, status) }))} data-testid="rectification-status" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name={[name, 'description']} label={t('selfInspections.report.description')} rules={required('description')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} placeholder={t('selfInspections.report.descriptionPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name={[name, 'measure']} label={t('selfInspections.report.measure')} rules={required('measure')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'responsible']} label={t('selfInspections.report.responsible')} rules={required('responsible')}>
            <Input maxLength={100} placeholder={t('selfInspections.report.responsiblePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'deadline']} label={t('selfInspections.report.deadline')} rules={[{ required: true, message: t('selfInspections.report.required.deadline') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={disabledDate} />
          </Form.Item>
        </Col>
        {(done || Boolean(item?.evidence)) && (
          <Col span={24}>
            <Form.Item
              name={[name, 'evidence']}
              label={t('selfInspections.report.evidence')}
              dependencies={[['rectifications', name, 'status']]}
              rules={done ? required('evidence') : []}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} placeholder={t('selfInspections.report.evidencePlaceholder')} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </ItemCard>
  );
}

/** The problems found, each with its measure, the person responsible, a deadline and a state. */
export function RectificationSection({ props, onListChange }: { props: SectionProps; onListChange: () => void }) {
  const { t } = useTranslation();
  return (
    <Form.List name="rectifications">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <RectificationFields
              key={field.key}
              name={field.name}
              index={index}
              props={props}
              onRemove={() => {
                remove(field.name);
                onListChange();
              }}
            />
          ))}
          <AddButton
            label={t('selfInspections.report.addRectification')}
            testId="add-rectification"
            onClick={() => {
              add({ key: props.newKey(), status: 'planned' });
              onListChange();
            }}
          />
        </Flex>
      )}
    </Form.List>
  );
}

function InstitutionFields({ name, index, props, onRemove }: { name: number; index: number; props: SectionProps; onRemove: () => void }) {
  const { t } = useTranslation();
  const key = Form.useWatch<string | undefined>(['institutions', name, 'key'], { form: props.form, preserve: true }) ?? '';
  return (
    <ItemCard title={t('selfInspections.report.institutionNo', { n: index + 1 })} itemKey={key} comments={props.comments} problems={props.problems[key]} onRemove={onRemove} testId="institution-editor">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'name']} label={t('selfInspections.report.name')} rules={[{ required: true, whitespace: true, message: t('selfInspections.report.required.name') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name={[name, 'documentNo']} label={t('selfInspections.report.documentNo')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name={[name, 'issuedOn']} label={t('selfInspections.report.issuedOn')}>
            <DatePicker style={{ width: '100%' }} disabledDate={props.disabledPastDate} />
          </Form.Item>
        </Col>
      </Row>
    </ItemCard>
  );
}

/** The rules and institutions the unit built. */
export function InstitutionSection({ props, onListChange }: { props: SectionProps; onListChange: () => void }) {
  const { t } = useTranslation();
  return (
    <Form.List name="institutions">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <InstitutionFields
              key={field.key}
              name={field.name}
              index={index}
              props={props}
              onRemove={() => {
                remove(field.name);
                onListChange();
              }}
            />
          ))}
          <AddButton
            label={t('selfInspections.report.addInstitution')}
            testId="add-institution"
            onClick={() => {
              add({ key: props.newKey() });
              onListChange();
            }}
          />
        </Flex>
      )}
    </Form.List>
  );
}

function TrainingFields({ name, index, props, onRemove }: { name: number; index: number; props: SectionProps; onRemove: () => void }) {
  const { t } = useTranslation();
  const key = Form.useWatch<string | undefined>(['trainings', name, 'key'], { form: props.form, preserve: true }) ?? '';
  return (
    <ItemCard title={t('selfInspections.report.trainingNo', { n: index + 1 })} itemKey={key} comments={props.comments} problems={props.problems[key]} onRemove={onRemove} testId="training-editor">
      <Row gutter={16}>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name={[name, 'heldOn']} label={t('selfInspections.report.heldOn')} rules={[{ required: true, message: t('selfInspections.report.required.heldOn') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={props.disabledPastDate} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'topic']} label={t('selfInspections.report.topic')} rules={[{ required: true, whitespace: true, message: t('selfInspections.report.required.topic') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name={[name, 'attendance']} label={t('selfInspections.report.attendance')} rules={[{ required: true, message: t('selfInspections.report.required.attendance') }]}>
            <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </ItemCard>
  );
}

/** The education and training the unit held. */
export function TrainingSection({ props, onListChange }: { props: SectionProps; onListChange: () => void }) {
  const { t } = useTranslation();
  return (
    <Form.List name="trainings">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <TrainingFields
              key={field.key}
              name={field.name}
              index={index}
              props={props}
              onRemove={() => {
                remove(field.name);
                onListChange();
              }}
            />
          ))}
          <AddButton
            label={t('selfInspections.report.addTraining')}
            testId="add-training"
            onClick={() => {
              add({ key: props.newKey() });
              onListChange();
            }}
          />
        </Flex>
      )}
    </Form.List>
  );
}

/** A section's heading above its items. */
export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={5} style={{ margin: 0 }}>
      {children}
    </Typography.Title>
  );
}
