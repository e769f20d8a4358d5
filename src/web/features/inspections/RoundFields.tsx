import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayRangeFields } from '../../common/DayRangeFields';
import { UnitSearchSelect } from '../evaluations/evaluators/UnitSearchSelect';
import { ExternalMembersField } from './ExternalMembersField';
import { InspectorSelect } from './InspectorSelect';
import { kindLabel } from './labels';
import { ROUND_KINDS } from './types';

interface RoundFieldsProps {
  /** A round's kind is chosen once, when it is planned. */
  withKind: boolean;
  knownUnits?: Record<number, string>;
  knownMembers?: Record<number, string>;
}

/** What a round is: its kind, title, days, the units it visits and who goes. */
export function RoundFields({ withKind, knownUnits, knownMembers }: RoundFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {withKind && (
        <Form.Item name="kind" label={t('inspections.form.kind')} extra={t('inspections.form.kindHint')}>
          <Radio.Group optionType="button" buttonStyle="solid" options={ROUND_KINDS.map((value) => ({ value, label: kindLabel(t, value) }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('inspections.form.title')} rules={[{ required: true, whitespace: true, message: t('inspections.form.titleRequired') }]}>
        <Input maxLength={200} placeholder={t('inspections.form.titlePlaceholder')} />
      </Form.Item>
      <DayRangeFields
        start={{ name: 'startsOn', label: t('inspections.startsOn'), required: t('inspections.form.startsOnRequired') }}
        end={{ name: 'endsOn', label: t('inspections.endsOn'), required: t('inspections.form.endsOnRequired') }}
        endBeforeStart={t('inspections.form.endsBeforeStarts')}
      />
      <Form.Item name="unitIds" label={t('inspections.form.units')} rules={[{ required: true, type: 'array', min: 1, message: t('inspections.form.unitsRequired') }]}>
        <UnitSearchSelect multiple knownNames={knownUnits} placeholder={t('inspections.form.unitsPlaceholder')} />
      </Form.Item>
      <Form.Item name="memberIds" label={t('inspections.form.members')} extra={t('inspections.form.membersHint')}>
        <InspectorSelect knownNames={knownMembers} />
      </Form.Item>
      <ExternalMembersField />
      <Form.Item name="notes" label={t('inspections.form.notes')} style={{ marginBottom: 0 }}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder={t('inspections.form.notesPlaceholder')} />
      </Form.Item>
    </>
  );
}
