import { Col, DatePicker, Form, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** The days a round opens and closes; it may close on the day it opens, never before. */
export function RoundDateFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="opensOn" label={t('evaluations.opensOn')} rules={[{ required: true, message: t('evaluations.create.opensOnRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="closesOn"
          label={t('evaluations.closesOn')}
          dependencies={['opensOn']}
          rules={[
            { required: true, message: t('evaluations.create.closesOnRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const opens = getFieldValue('opensOn') as Dayjs | undefined;
                return !value || !opens || !value.isBefore(opens, 'day') ? Promise.resolve() : Promise.reject(new Error(t('evaluations.closesBeforeOpens')));
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
