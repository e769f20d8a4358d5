import { Alert, App, Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../common/problems';
import { useSetOverride } from './queries';

interface Values {
  day: Dayjs;
  workday: boolean;
  note?: string;
}

/** Marks one day as a working day or a day off; the same day again replaces its entry. */
export function OverrideForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setOverride = useSetOverride();
  const submit = (values: Values) =>
    setOverride.mutate(
      { day: values.day.format('YYYY-MM-DD'), workday: values.workday, note: values.note?.trim() || null },
      {
        onSuccess: () => {
          void message.success(t('settings.calendar.saved'));
          form.resetFields();
        },
      },
    );
  return (
    <>
      {setOverride.isError && <Alert type="error" showIcon title={problemText(setOverride.error, t)} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ workday: false }} style={{ rowGap: 8 }}>
        <Form.Item name="day" rules={[{ required: true, message: t('settings.calendar.dayRequired') }]}>
          <DatePicker placeholder={t('settings.calendar.day')} />
        </Form.Item>
        <Form.Item name="workday">
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('settings.calendar.dayOff') },
              { value: true, label: t('settings.calendar.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note">
          <Input placeholder={t('settings.calendar.notePlaceholder')} maxLength={200} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={setOverride.isPending}>
            {t('settings.calendar.add')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
