import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DayRangeFields } from '../../common/DayRangeFields';
import { outsideSpan, phasesSpan, type DaySpan } from '../plan/campaignClock';
import { usePlan } from '../plan/queries';

/**
 * The days a round opens and closes; it may close on the day it opens, never before. Days outside
 * the campaign (given, or else its plan's phases) cannot be chosen: the server refuses them.
 */
export function RoundDateFields({ campaign }: { campaign?: DaySpan }) {
  const { t } = useTranslation();
  const phases = usePlan().data?.phases;
  const span = campaign ?? (phases ? phasesSpan(phases) : { start: null, end: null });
  return (
    <DayRangeFields
      start={{ name: 'opensOn', label: t('evaluations.opensOn'), required: t('evaluations.create.opensOnRequired') }}
      end={{ name: 'closesOn', label: t('evaluations.closesOn'), required: t('evaluations.create.closesOnRequired') }}
      endBeforeStart={t('evaluations.closesBeforeOpens')}
      disabledDate={(day: Dayjs) => outsideSpan(span, day.format('YYYY-MM-DD'))}
    />
  );
}
