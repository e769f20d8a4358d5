import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { SATISFACTION } from '../types';

/** The call back to the reporter: how satisfied they are, and a way back to the unit if not at all. */
export function FollowUpFields() {
  const { t } = useTranslation();
  const satisfaction = Form.useWatch('satisfaction');
  return (
    <>
      <Form.Item name="satisfaction" label={t('caseSteps.satisfaction')} rules={[{ required: true, message: t('caseSteps.satisfactionRequired') }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={SATISFACTION.map((value) => ({ value, label: t(`cases.satisfaction.${value}`) }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('caseSteps.comment')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      {satisfaction === 'unsatisfied' && (
        <Form.Item name="reopen" valuePropName="checked">
          <Checkbox>{t('caseSteps.reopen')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}
