import { useTranslation } from 'react-i18next';
import { DayRangeFields } from '../../common/DayRangeFields';

/** The days a round opens and closes; it may close on the day it opens, never before. */
export function RoundDateFields() {
  const { t } = useTranslation();
  return (
    <DayRangeFields
      start={{ name: 'opensOn', label: t('evaluations.opensOn'), required: t('evaluations.create.opensOnRequired') }}
      end={{ name: 'closesOn', label: t('evaluations.closesOn'), required: t('evaluations.create.closesOnRequired') }}
      endBeforeStart={t('evaluations.closesBeforeOpens')}
    />
  );
}
