import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../common/api';
import { NotFound } from '../../../shell/NotFound';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { BackLink } from '../../evaluations/BackLink';
import { roundDays } from '../labels';
import { useRound } from '../queries';
import { KindTag, StatusTag } from '../RoundTags';
import type { RoundDetail } from '../types';
import { FindingFormCard } from './FindingFormCard';
import { FindingsCard } from './FindingsCard';
import { RoundActions } from './RoundActions';
import { RoundFacts } from './RoundFacts';

/** One round: who goes where and when, what it found, and for those who may the form to record more. */
export function RoundPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const roundId = Number(id);
  const valid = Number.isSafeInteger(roundId) && roundId > 0;
  const round = useRound(valid ? roundId : 0);
  if (!valid) return <NotFound />;
  if (round.isPending) return <PageSpin />;
  // A round the user is not a member of answers 404 exactly like one that does not exist.
  if (round.isError) return isApiError(round.error, 404) ? <NotFound title={t('inspections.round.notFound')} back={{ to: '/inspections', label: t('inspections.backToList') }} /> : <QueryError error={round.error} onRetry={() => void round.refetch()} />;
  return <RoundView round={round.data} />;
}

function RoundView({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  // Members come here to record, so their form is open; the office mostly reviews and files.
  const [recording, setRecording] = useState(!round.mayManage);
  const subtitle = (
    <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
      <KindTag kind={round.kind} />
      <StatusTag status={round.status} />
      <Typography.Text>{roundDays(t, round)}</Typography.Text>
    </Flex>
  );
  return (
    <Flex vertical gap={12}>
      <BackLink to="/inspections" label={t('inspections.backToList')} />
      <Page title={round.title} subtitle={subtitle} extra={round.mayManage ? <RoundActions round={round} /> : undefined}>
        <RoundFacts round={round} />
        {round.mayRecord && recording && <FindingFormCard round={round} onClose={round.mayManage ? () => setRecording(false) : undefined} />}
        <FindingsCard round={round} onRecord={round.mayRecord && !recording ? () => setRecording(true) : undefined} />
      </Page>
    </Flex>
  );
}
