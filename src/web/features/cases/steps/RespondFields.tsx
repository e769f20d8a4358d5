import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentPicker } from '../intake/AttachmentPicker';
import { SUBSTANTIATED } from '../types';

/** A unit's answer: what it found, what it did about it, whether the complaint held, and proof. */
export function RespondFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="substantiated" label={t('caseSteps.substantiated')} rules={[{ required: true, message: t('caseSteps.substantiatedRequired') }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={SUBSTANTIATED.map((value) => ({ value, label: t(`cases.substantiated.${value}`) }))} />
      </Form.Item>
      <Form.Item name="findings" label={t('caseSteps.findings')} rules={[{ required: true, whitespace: true, message: t('caseSteps.findingsRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
      <Form.Item name="measures" label={t('caseSteps.measures')} rules={[{ required: true, whitespace: true, message: t('caseSteps.measuresRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
      <AttachmentPicker label={t('caseSteps.evidence')} />
    </>
  );
}
