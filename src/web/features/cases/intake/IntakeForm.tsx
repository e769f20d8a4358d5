import { Alert, Button, Col, Divider, Flex, Form, Input, Radio, Row, Typography, type RadioChangeEvent, type UploadFile } from 'antd';
import dayjs from 'dayjs';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAttachments } from '../../../common/attachments';
import { useFormProblem } from '../../../common/useFormProblem';
import { isValidPhone } from '../../../../modules/cases/contract';
import { channelLabel } from '../labels';
import { useFileCase } from '../mutations';
import type { FiledCase as Filed } from '../types';
import { AttachmentPicker } from './AttachmentPicker';
import { CategoryMultiSelect, CategorySelect } from './CategorySelect';
import { PersonsConcerned } from './PersonsConcerned';
import { ChannelFields } from './ChannelFields';
import { IntakeUnitSelect } from './IntakeUnitSelect';
import { INTAKE_CHANNELS, intakeBody, type IntakeChannel, type IntakeValues } from './intakeBody';

const FIELDS = ['channel', 'detail', 'reporter', 'unitId', 'personsConcerned', 'category', 'secondaryCategories', 'title', 'body', 'attachments'] as const;

interface IntakeFormProps {
  /** The Idempotency-Key of this form instance: kept across retries, new for the next call. */
  idempotencyKey: string;
  channel: IntakeChannel;
  line: string | undefined;
  onFiled: (filed: Filed, values: IntakeValues) => void;
}

type Values = IntakeValues & { attachments?: UploadFile[] };

export function IntakeForm({ idempotencyKey, channel: initialChannel, line, onFiled }: IntakeFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const file = useFileCase();
  const problem = useFormProblem(form, file.error, FIELDS);
  // The channel shown is set in the same keystroke that picks it, not later through Form.useWatch,
  // which lags: a Tab pressed right after an arrow key would land in the old channel's fields just
  // before they vanish, and what is typed next would be lost.
  const [channel, setChannel] = useState<IntakeChannel>(initialChannel);
  const primary = Form.useWatch('category', form);
  // The channel's first field takes the focus when the form opens, not when the channel changes:
  // the arrow keys then keep moving through the channels instead of jumping into a field.
  const [focusFirst, setFocusFirst] = useState(true);
  const submit = async (values: Values) => {
    const files = (values.attachments ?? []).flatMap((item) => (item.originFileObj ? [item.originFileObj] : []));
    const body = intakeBody(values, await toAttachments(files));
    file.mutate({ body, key: idempotencyKey }, { onSuccess: (filed) => onFiled(filed, values) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!file.isPending) form.submit();
    }
  };
  return (
    <div onKeyDown={onKeyDown}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ channel: initialChannel, detail: { line, callTime: dayjs() } }}
        requiredMark
      >
        <Form.Item name="channel" label={t('caseIntake.channel')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={INTAKE_CHANNELS.map((value) => ({ value, label: channelLabel(t, value) }))}
            onChange={(event: RadioChangeEvent) => {
              setChannel(event.target.value as IntakeChannel);
              setFocusFirst(false);
            }}
          />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Row gutter={32}>
          <Col xs={24} lg={9}>
            <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>{t('caseIntake.source')}</Divider>
            <ChannelFields channel={channel} autoFocus={focusFirst} />
            <Form.Item name={['reporter', 'name']} label={t('caseIntake.reporterName')}>
              <Input autoComplete="off" maxLength={50} />
            </Form.Item>
            <Form.Item
              name={['reporter', 'phone']}
              label={t('caseIntake.reporterPhone')}
              extra={t('caseIntake.anonymousHint')}
              rules={[{ validator: (_, value?: string) => (!value?.trim() || isValidPhone(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('caseIntake.phoneInvalid')))) }]}
            >
              <Input autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={15}>
            <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>{t('caseIntake.content')}</Divider>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="unitId" label={t('caseIntake.unit')} extra={t('caseIntake.unitHint')}>
                  <IntakeUnitSelect />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="category" label={t('caseIntake.category')} rules={[{ required: true, message: t('caseIntake.categoryRequired') }]}>
                  <CategorySelect />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <PersonsConcerned />
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="secondaryCategories" label={t('caseIntake.secondaryCategories')} extra={t('caseIntake.secondaryHint')}>
                  <CategoryMultiSelect exclude={primary} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="title" label={t('caseIntake.subject')} rules={[{ required: true, whitespace: true, message: t('caseIntake.subjectRequired') }]}>
              <Input maxLength={200} showCount />
            </Form.Item>
            <Form.Item name="body" label={t('caseIntake.body')} rules={[{ required: true, whitespace: true, message: t('caseIntake.bodyRequired') }]}>
              <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={20000} placeholder={t('caseIntake.bodyPlaceholder')} />
            </Form.Item>
            <AttachmentPicker />
          </Col>
        </Row>
        <Flex justify="flex-end" align="center" gap={12}>
          <Typography.Text type="secondary">{t('caseIntake.shortcut')}</Typography.Text>
          <Button
            onClick={() => {
              form.resetFields();
              setChannel(initialChannel);
            }}
          >
            {t('caseIntake.clear')}
          </Button>
          <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="intake-submit">
            {t('caseIntake.submit')}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
