import { Button, DatePicker, Flex, Form, Grid, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, type AuditFilter, type Outcome } from './types';

interface Values {
  action?: string;
  username?: string;
  objectType?: string;
  outcome?: Outcome;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// Whole days in the reader's time zone, sent as UTC instants the server compares against.
function toFilter(values: Values): AuditFilter {
  const [from, to] = values.range ?? [null, null];
  return {
    action: blankToUndefined(values.action),
    username: blankToUndefined(values.username),
    objectType: blankToUndefined(values.objectType),
    outcome: values.outcome,
    from: from?.startOf('day').toISOString(),
    to: to?.endOf('day').toISOString(),
  };
}

export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // On a phone each filter takes a line of its own, labels in one column and fields filling the rest.
  const phone = Grid.useBreakpoint().sm === false;
  const width = (desktop: number) => (phone ? '100%' : desktop);
  const item = phone ? { style: { marginBottom: 12 } } : {};
  return (
    <Form<Values>
      form={form}
      layout={phone ? 'horizontal' : 'inline'}
      labelCol={phone ? { flex: '72px' } : undefined}
      wrapperCol={phone ? { flex: '1 1 0', style: { minWidth: 0 } } : undefined}
      labelAlign={phone ? 'left' : undefined}
      onFinish={(values) => onChange(toFilter(values))}
      style={phone ? undefined : { rowGap: 12 }}
    >
      <Form.Item {...item} name="action" label={t('audit.action')}>
        <Input allowClear style={{ width: width(160) }} placeholder="auth.login" />
      </Form.Item>
      <Form.Item {...item} name="username" label={t('audit.username')}>
        <Input allowClear style={{ width: width(140) }} />
      </Form.Item>
      <Form.Item {...item} name="objectType" label={t('audit.objectType')}>
        <Input allowClear style={{ width: width(130) }} placeholder="user" />
      </Form.Item>
      <Form.Item {...item} name="outcome" label={t('audit.outcome')}>
        <Select<Outcome>
          allowClear
          placeholder={t('audit.anyOutcome')}
          style={{ width: width(130) }}
          options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
        />
      </Form.Item>
      <Form.Item {...item} name="range" label={t('audit.range')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={phone ? { width: '100%' } : undefined} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          {t('actions.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('actions.reset')}
        </Button>
      </Flex>
    </Form>
  );
}
