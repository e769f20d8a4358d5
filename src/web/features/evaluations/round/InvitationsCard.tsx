import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryError } from '../../../shell/QueryError';
import { useInvitations } from '../queries';
import type { InvitationFilter as Filter, RoundDetail } from '../types';
import { ExportInvitationsButton } from './ExportInvitationsButton';
import { GenerateInvitationsButton } from './GenerateInvitationsButton';
import { InvitationFilter } from './InvitationFilter';
import { InvitationTable } from './InvitationTable';
import { RemindButton } from './RemindButton';

/** The office's side of a round: the evaluators' links, who answered, reminders and print-outs. */
export function InvitationsCard({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<Filter | null>(null);
  const invitations = useInvitations(round.id, status);
  const live = round.state !== 'closed';
  const items = invitations.data?.items ?? [];
  const emptyText =
    round.invited === 0
      ? t(live ? 'evaluations.invitations.emptyGenerate' : 'evaluations.invitations.emptyClosed')
      : t('evaluations.invitations.emptyFilter');
  const actions = (
    <Flex gap={8} wrap>
      {live && <GenerateInvitationsButton roundId={round.id} primary={round.invited === 0} />}
      {live && <RemindButton roundId={round.id} unanswered={round.invited - round.submitted} />}
      <ExportInvitationsButton roundId={round.id} />
      {live && (
        <Button icon={<PrinterOutlined />} disabled={round.invited === 0} onClick={() => void navigate(`/evaluations/rounds/${round.id}/qr`)} data-testid="print-qr">
          {t('evaluations.invitations.printQr')}
        </Button>
      )}
    </Flex>
  );
  return (
    <Card title={t('evaluations.invitations.title')} extra={actions} styles={{ body: { padding: 0 } }}>
      <Flex style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0', overflowX: 'auto' }}>
        <InvitationFilter round={round} value={status} onChange={setStatus} />
      </Flex>
      {invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : (
        <InvitationTable invitations={items} loading={invitations.isPending || (invitations.isPlaceholderData && invitations.isFetching)} emptyText={emptyText} showLinks={live} />
      )}
    </Card>
  );
}
