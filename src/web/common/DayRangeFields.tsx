import { Col, DatePicker, Form, Row } from 'antd';
import type { Dayjs } from 'dayjs';

interface DayField {
  name: string;
  label: string;
  required: string;
}

interface DayRangeFieldsProps {
  start: DayField;
  end: DayField;
  /** Said when the last day comes before the first. */
  endBeforeStart: string;
  /** Days that cannot be chosen (e.g. outside the campaign). */
  disabledDate?: (day: Dayjs) => boolean;
}

/** Two days side by side in a form; the second may be the first, never before it. */
export function DayRangeFields({ start, end, endBeforeStart, disabledDate }: DayRangeFieldsProps) {
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name={start.name} label={start.label} rules={[{ required: true, message: start.required }]}>
          <DatePicker disabledDate={disabledDate} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={end.name}
          label={end.label}
          dependencies={[start.name]}
          rules={[
            { required: true, message: end.required },
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const first = getFieldValue(start.name) as Dayjs | undefined;
                return !value || !first || !value.isBefore(first, 'day') ? Promise.resolve() : Promise.reject(new Error(endBeforeStart));
              },
            }),
          ]}
        >
          <DatePicker disabledDate={disabledDate} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
