import { Button, DatePicker, Flex, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../common/usePhone';
import { useActionCatalogue } from './queries';
import { OUTCOMES, type AuditFilter, type Outcome } from './types';
import { actionWords, areaWords, objectTypeWords, type Wording } from './words';

interface Values {
  action?: string;
  username?: string;
  objectType?: string;
  objectId?: string;
  outcome?: Outcome;
  range?: [Dayjs | null, Dayjs | null] | null;
}

type ActionOption = { value: string; label: string; search: string };

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// Whole days in the reader's time zone, sent as UTC instants the server compares against.
function toFilter(values: Values): AuditFilter {
  const [from, to] = values.range ?? [null, null];
  return {
    action: values.action,
    username: blankToUndefined(values.username),
    objectType: values.objectType,
    objectId: blankToUndefined(values.objectId),
    outcome: values.outcome,
    from: from?.startOf('day').toISOString(),
    to: to?.endOf('day').toISOString(),
  };
}

/**
 * The trail's filters: an action chosen in words (grouped by area, searched by its words or its
 * code), a person (username or name), an object (its kind in words, and an id or a case number),
 * the outcome and the days.
 */
export function AuditFilters({ onChange, wording, extra }: { onChange: (filter: AuditFilter) => void; wording: Wording; extra?: ReactNode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const catalogue = useActionCatalogue();
  const w = wording.lookup;
  // On a phone each filter takes a line of its own, labels in one column and fields filling the rest.
  const phone = usePhone();
  const width = (desktop: number) => (phone ? '100%' : desktop);
  const item = phone ? { style: { marginBottom: 12 } } : {};

  const actionOptions = useMemo(
    () =>
      (catalogue.data?.areas ?? []).map(({ area, actions }) => ({
        label: areaWords(area, w),
        title: area,
        options: actions.map((code): ActionOption => {
          const label = actionWords(code, w);
          return { value: code, label, search: `${label} ${areaWords(area, w)} ${code}`.toLowerCase() };
        }),
      })),
    [catalogue.data, w],
  );
  const typeOptions = useMemo(() => (catalogue.data?.objectTypes ?? []).map((type) => ({ value: type, label: objectTypeWords(type, w) })), [catalogue.data, w]);

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
        <Select<string>
          allowClear
          data-testid="audit-filter-action"
          placeholder={t('audit.anyAction')}
          loading={catalogue.isPending}
          style={{ width: width(240) }}
          popupMatchSelectWidth={phone ? true : 300}
          options={actionOptions}
          showSearch={{ filterOption: (input, option) => ((option as Partial<ActionOption> | undefined)?.search ?? '').includes(input.trim().toLowerCase()) }}
        />
      </Form.Item>
      <Form.Item {...item} name="username" label={t('audit.person')}>
        <Input allowClear maxLength={100} style={{ width: width(180) }} placeholder={t('audit.personPlaceholder')} data-testid="audit-filter-person" />
      </Form.Item>
      <Form.Item {...item} label={t('audit.object')}>
        <Space.Compact style={{ width: width(340) }}>
          <Form.Item name="objectType" noStyle>
            <Select<string>
              allowClear
              data-testid="audit-filter-object-type"
              placeholder={t('audit.anyObjectType')}
              style={{ width: phone ? '42%' : '45%' }}
              popupMatchSelectWidth={false}
              options={typeOptions}
            />
          </Form.Item>
          <Form.Item name="objectId" noStyle>
            <Input allowClear maxLength={40} style={{ width: phone ? '58%' : '55%' }} placeholder={t('audit.objectIdPlaceholder')} data-testid="audit-filter-object-id" />
          </Form.Item>
        </Space.Compact>
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
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" data-testid="audit-search">
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
        {extra}
      </Flex>
    </Form>
  );
}
