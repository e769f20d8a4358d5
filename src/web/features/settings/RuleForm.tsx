import { Alert, App, Button, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../common/useFormProblem';
import { channelLabel } from '../cases/labels';
import { CHANNELS } from '../cases/types';
import { usePlan } from '../plan/queries';
import { useSetDeadlineRule } from './queries';

interface Values {
  channel?: string | null;
  category?: string | null;
  workdays: number;
}

const FIELDS = ['channel', 'category', 'workdays'] as const;

/** Adds a rule, or replaces the one for the same channel and category. */
export function RuleForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setRule = useSetDeadlineRule();
  const problem = useFormProblem(form, setRule.error, FIELDS);
  const categories = usePlan().data?.problemCategories ?? [];
  const submit = (values: Values) =>
    setRule.mutate(
      { channel: values.channel ?? null, category: values.category ?? null, workdays: values.workdays },
      {
        onSuccess: () => {
          void message.success(t('settings.rules.saved'));
          form.resetFields();
        },
      },
    );
  return (
    <>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
      <Form<Values> form={form} layout="inline" onFinish={submit} style={{ marginTop: 12, rowGap: 8 }}>
        <Form.Item name="channel">
          <Select allowClear placeholder={t('settings.rules.anyChannel')} style={{ width: 150 }} options={CHANNELS.map((value) => ({ value, label: channelLabel(t, value) }))} />
        </Form.Item>
        <Form.Item name="category">
          <Select allowClear placeholder={t('settings.rules.anyCategory')} style={{ width: 200 }} options={categories.map((c) => ({ value: c.code, label: c.name }))} popupMatchSelectWidth={false} />
        </Form.Item>
        <Form.Item name="workdays" rules={[{ required: true, message: t('settings.rules.workdaysRequired') }]}>
          <InputNumber min={1} max={120} precision={0} placeholder={t('settings.rules.workdays')} suffix={t('settings.rules.workdaysUnit')} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={setRule.isPending}>
            {t('settings.rules.save')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
