import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../common/api';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { EmptyCard } from '../EmptyCard';
import { PeriodSelect } from '../PeriodSelect';
import { sortPeriods } from '../periods';
import { evaluationProblemText } from '../problems';
import { useMyUnit } from '../queries';
import { MyUnitComments } from './MyUnitComments';
import { MyUnitHistory } from './MyUnitHistory';
import { MyUnitSummary } from './MyUnitSummary';

/** For a unit liaison: how the evaluators rated their own unit, and nothing about any other. */
export function MyUnitPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const myUnit = useMyUnit();
  const [chosen, setChosen] = useState<string | null>(null);
  const title = t('evaluations.myUnit.title');
  const unitName = myUnit.data?.unit.name ?? me?.unit?.name;
  const subtitle = unitName ? t('evaluations.myUnit.subtitle', { unit: unitName }) : undefined;
  if (myUnit.isPending) return <PageSpin />;
  // An account not linked to a unit is refused with 409: say so rather than show an error.
  if (isApiError(myUnit.error, 409)) {
    return (
      <Page title={title}>
        <EmptyCard description={evaluationProblemText(myUnit.error, t)} />
      </Page>
    );
  }
  // A unit without results may be answered with 404; that is an empty page, not an error.
  if (myUnit.isError && !isApiError(myUnit.error, 404)) {
    return (
      <Page title={title} subtitle={subtitle}>
        <QueryError error={myUnit.error} onRetry={() => void myUnit.refetch()} />
      </Page>
    );
  }
  const periods = myUnit.data?.periods ?? [];
  const order = sortPeriods(periods.map((period) => period.period));
  const ordered = order.flatMap((code) => periods.filter((period) => period.period === code));
  const current = ordered.find((period) => period.period === chosen) ?? ordered[0];
  if (!current) {
    return (
      <Page title={title} subtitle={subtitle}>
        <EmptyCard description={t('evaluations.myUnit.empty')} />
      </Page>
    );
  }
  return (
    <Page title={title} subtitle={subtitle} extra={<PeriodSelect periods={order} value={current.period} onChange={setChosen} />}>
      <Flex vertical gap={16}>
        <MyUnitSummary period={current} />
        <MyUnitComments period={current} />
        <MyUnitHistory periods={ordered} />
      </Flex>
    </Page>
  );
}
