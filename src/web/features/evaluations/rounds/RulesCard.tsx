import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../common/useFormProblem';
import { useSaveRules } from '../mutations';
import { LEVELS, type Level, type Overview, type Rules } from '../types';

interface Values {
  scale: Record<Level, number>;
  trimPercent: number;
  trimMinCount: number;
  minSample: number;
  weights: Record<string, number>;
}

const FIELDS = ['scale', 'trimFraction', 'trimMinCount', 'minSample', 'weights'] as const;

/** How answers become scores in this campaign; the administrator may change it. */
export function RulesCard({ overview, editable }: { overview: Overview; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const rules = overview.rules;
  const weight = (code: string) => rules.weights[code] ?? 1;
  return (
    <Card
      title={t('evaluations.rules.title')}
      size="small"
      extra={
        editable && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-rules">
            {t('evaluations.rules.edit')}
          </Button>
        )
      }
      data-testid="rules"
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('evaluations.rules.scale')}>
          {LEVELS.map((level) => `${t(`evaluations.levels.${level}`)} ${rules.scale[level]}`).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluations.rules.weights')}>
          {overview.panels.map((panel) => `${panel.name} ${weight(panel.code)}`).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluations.rules.trim')}>
          {t('evaluations.rules.trimText', { percent: Math.round(rules.trimFraction * 100), count: rules.trimMinCount })}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluations.rules.minSample')}>{t('evaluations.rules.minSampleText', { count: rules.minSample })}</Descriptions.Item>
      </Descriptions>
      {editing && <RulesModal overview={overview} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function RulesModal({ overview, onClose }: { overview: Overview; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveRules();
  const problem = useFormProblem(form, save.error, FIELDS);
  const rules: Rules = overview.rules;
  const submit = (v: Values) =>
    save.mutate(
      { scale: v.scale, trimFraction: v.trimPercent / 100, trimMinCount: v.trimMinCount, minSample: v.minSample, weights: v.weights },
      { onSuccess: onClose },
    );
  return (
    <Modal open title={t('evaluations.rules.title')} okText={t('evaluations.rules.save')} cancelText={t('actions.cancel')} onOk={() => form.submit()} confirmLoading={save.isPending} onCancel={onClose} destroyOnHidden width={620}>
      <Typography.Paragraph type="secondary">{t('evaluations.rules.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          scale: rules.scale,
          trimPercent: Math.round(rules.trimFraction * 100),
          trimMinCount: rules.trimMinCount,
          minSample: rules.minSample,
          weights: Object.fromEntries(overview.panels.map((p) => [p.code, rules.weights[p.code] ?? 1])),
        }}
      >
        <Form.Item label={t('evaluations.rules.scale')}>
          <Space wrap>
            {LEVELS.map((level) => (
              <Form.Item key={level} name={['scale', level]} label={t(`evaluations.levels.${level}`)} noStyle={false} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
                <InputNumber min={0} max={1000} style={{ width: 96 }} />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
        <Form.Item label={t('evaluations.rules.weights')} extra={t('evaluations.rules.weightsHint')}>
          <Space wrap>
            {overview.panels.map((panel) => (
              <Form.Item key={panel.code} name={['weights', panel.code]} label={panel.name} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} step={0.5} style={{ width: 96 }} />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="trimPercent" label={t('evaluations.rules.trimPercent')} rules={[{ required: true }]}>
            <InputNumber min={0} max={49} suffix="%" style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="trimMinCount" label={t('evaluations.rules.trimMinCount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="minSample" label={t('evaluations.rules.minSample')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} style={{ width: 130 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
