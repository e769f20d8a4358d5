import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AccountabilityOutcomeCode } from '../../../../modules/plan/contract';
import { useFormProblem } from '../../../common/useFormProblem';
import { OUTCOMES, outcomeLabel } from '../../plan/labels';
import { usePlan } from '../../plan/queries';
import { UnitSelect } from '../../units/UnitSelect';
import { useRecordAccountability } from '../mutations';

const FIELDS = ['targetKind', 'personName', 'personPosition', 'unitId', 'outcome', 'decisionDate', 'documentNo', 'decidedBy'] as const;

interface Values {
  targetKind: 'person' | 'unit';
  personName?: string;
  personPosition?: string;
  unitId?: number | null;
  outcome: AccountabilityOutcomeCode;
  decisionDate: Dayjs;
  documentNo: string;
  decidedBy: string;
}

export function AccountabilityModal({ caseId, open, onClose }: { caseId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordAccountability(caseId);
  const problem = useFormProblem(form, record.error, FIELDS);
  // The plan names the outcomes it uses; without that list, every outcome the server knows.
  const planned = usePlan().data?.measures?.accountabilityOutcomes ?? [];
  const outcomes = planned.length > 0 ? planned : OUTCOMES;
  const kind = Form.useWatch('targetKind', form);
  const close = () => {
    form.resetFields();
    record.reset();
    onClose();
  };
  const submit = ({ decisionDate, unitId, personName, personPosition, ...rest }: Values) =>
    record.mutate(
      rest.targetKind === 'person'
        ? { ...rest, personName: personName?.trim(), personPosition: personPosition?.trim() || undefined, decisionDate: decisionDate.format('YYYY-MM-DD') }
        : { ...rest, unitId: unitId ?? undefined, decisionDate: decisionDate.format('YYYY-MM-DD') },
      {
        onSuccess: () => {
          void message.success(t('caseDetail.accountability.recorded'));
          close();
        },
      },
    );
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Modal open={open} title={t('caseDetail.accountability.record')} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={record.isPending} onOk={() => form.submit()} onCancel={close} forceRender>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ targetKind: 'person', decisionDate: dayjs() }}>
        <Form.Item name="targetKind" label={t('caseDetail.accountability.targetKind')}>
          <Radio.Group optionType="button" options={[{ value: 'person', label: t('caseDetail.accountability.person') }, { value: 'unit', label: t('caseDetail.accountability.unit') }]} />
        </Form.Item>
        {kind === 'unit' ? (
          <Form.Item name="unitId" label={t('caseDetail.accountability.unit')} rules={[{ required: true, message: t('caseDetail.accountability.unitRequired') }]}>
            <UnitSelect style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="personName" label={t('caseDetail.accountability.personName')} rules={required(t('caseDetail.accountability.personNameRequired'))}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="personPosition" label={t('caseDetail.accountability.personPosition')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        <Form.Item name="outcome" label={t('caseDetail.accountability.outcome')} rules={[{ required: true, message: t('caseDetail.accountability.outcomeRequired') }]}>
          <Select options={outcomes.map((code) => ({ value: code, label: outcomeLabel(t, code) }))} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('caseDetail.accountability.decisionDate')} rules={[{ required: true, message: t('caseDetail.accountability.decisionDateRequired') }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs().endOf('day'))} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="documentNo" label={t('caseDetail.accountability.documentNo')} rules={required(t('caseDetail.accountability.documentNoRequired'))}>
          <Input maxLength={100} placeholder={t('caseDetail.accountability.documentNoPlaceholder')} />
        </Form.Item>
        <Form.Item name="decidedBy" label={t('caseDetail.accountability.decidedBy')} rules={required(t('caseDetail.accountability.decidedByRequired'))}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
