import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../common/api';
import { formatDate, formatDateTime } from '../../../common/format';
import { NotFound } from '../../../shell/NotFound';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { isOffice } from '../../cases/access';
import { BackLink } from '../BackLink';
import { useRound } from '../queries';
import { RoundStateTag } from '../RoundStateTag';
import { usePeriodLabel } from '../usePeriodLabel';
import { InvitationsCard } from './InvitationsCard';
import { RoundActions } from './RoundActions';
import { RoundStats } from './RoundStats';
import { RoundUnits } from './RoundUnits';

/** One round: its dates and state, its progress, and for the office the invitations. */
export function RoundPage() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { id } = useParams();
  const roundId = Number(id);
  const valid = Number.isSafeInteger(roundId) && roundId > 0;
  const { data: me } = useMe();
  const office = me ? isOffice(me.role) : false;
  const round = useRound(valid ? roundId : 0);
  if (!valid) return <NotFound />;
  if (round.isPending) return <PageSpin />;
  if (round.isError) return isApiError(round.error, 404) ? <NotFound title={t('evaluations.round.notFound')} back={{ to: '/evaluations', label: t('evaluations.backToRounds') }} /> : <QueryError error={round.error} onRetry={() => void round.refetch()} />;
  const r = round.data;
  const subtitle = (
    <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
      <RoundStateTag state={r.state} />
      <Typography.Text>{t('evaluations.dateRange', { from: formatDate(r.opensOn), to: formatDate(r.closesOn) })}</Typography.Text>
      {r.closedAt && <Typography.Text type="secondary">{t('evaluations.round.closedAt', { time: formatDateTime(r.closedAt) })}</Typography.Text>}
    </Flex>
  );
  return (
    <Flex vertical gap={12}>
      <BackLink to={`/evaluations?period=${r.period}`} label={t('evaluations.backToRounds')} />
      <Page
        title={t('evaluations.round.title', { period: periodLabel(r.period), panel: r.panelName })}
        subtitle={subtitle}
        extra={office && r.state !== 'closed' ? <RoundActions round={r} /> : undefined}
      >
        <RoundStats round={r} />
        {office ? <InvitationsCard round={r} /> : null}
        <RoundUnits units={r.units} />
      </Page>
    </Flex>
  );
}
