import { Form, Input, Radio, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DayRangeFields } from '../../common/DayRangeFields';
import { UnitSearchSelect } from '../evaluations/evaluators/UnitSearchSelect';
import { outsideSpan, phasesSpan } from '../plan/campaignClock';
import { usePlan } from '../plan/queries';
import { ExternalMembersField } from './ExternalMembersField';
import { InspectorSelect } from './InspectorSelect';
import { KIND_COLOURS, kindLabel } from './labels';
import { planRoundKinds } from './roundValues';
import { ROUND_KINDS, type RoundKind } from './types';

interface RoundFieldsProps {
  /** A round's kind is chosen once, when it is planned. */
  withKind: boolean;
  knownUnits?: Record<number, string>;
  knownMembers?: Record<number, string>;
}

/** The one kind the plan has, shown rather than chosen (the form holds it all the same). */
function KindText({ value }: { value?: RoundKind }) {
  const { t } = useTranslation();
  if (!value) return <Typography.Text type="warning">{t('inspections.form.noKinds')}</Typography.Text>;
  return (
    <Tag color={KIND_COLOURS[value]} data-testid="round-kind">
      {kindLabel(t, value)}
    </Tag>
  );
}

/** What a round is: its kind, title, days, the units it visits and who goes. */
export function RoundFields({ withKind, knownUnits, knownMembers }: RoundFieldsProps) {
  const { t } = useTranslation();
  const plan = usePlan().data;
  // Only the kinds the plan has, and only days within the campaign: the server refuses any other.
  const kinds = plan ? planRoundKinds(plan.measures?.inspections) : [...ROUND_KINDS];
  const span = plan ? phasesSpan(plan.phases) : { start: null, end: null };
  const outside = (day: Dayjs) => outsideSpan(span, day.format('YYYY-MM-DD'));
  return (
    <>
      {withKind && (
        <Form.Item
          name="kind"
          label={t('inspections.form.kind')}
          extra={kinds.length === 1 ? t('inspections.form.kindOnlyHint') : kinds.length > 1 ? t('inspections.form.kindHint') : undefined}
          rules={[{ required: true, message: t('inspections.form.noKinds') }]}
        >
          {kinds.length > 1 ? (
            <Radio.Group optionType="button" buttonStyle="solid" options={kinds.map((value) => ({ value, label: kindLabel(t, value) }))} />
          ) : (
            <KindText />
          )}
        </Form.Item>
      )}
      <Form.Item name="title" label={t('inspections.form.title')} rules={[{ required: true, whitespace: true, message: t('inspections.form.titleRequired') }]}>
        <Input maxLength={200} placeholder={t('inspections.form.titlePlaceholder')} />
      </Form.Item>
      <DayRangeFields
        start={{ name: 'startsOn', label: t('inspections.startsOn'), required: t('inspections.form.startsOnRequired') }}
        end={{ name: 'endsOn', label: t('inspections.endsOn'), required: t('inspections.form.endsOnRequired') }}
        endBeforeStart={t('inspections.form.endsBeforeStarts')}
        disabledDate={outside}
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
