import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Segmented, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFound } from '../../../shell/NotFound';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { fullLink } from '../links';
import { useInvitations, useRound } from '../queries';
import { usePeriodLabel } from '../usePeriodLabel';
import { QrCard } from './QrCard';
import './qrSheet.css';

type Choice = 'unanswered' | 'all';

/**
 * A sheet to print and hand out: one card per invitation with its QR code. Submitted links work
 * no more, so by default only the invitations still unanswered are printed.
 */
export function QrSheetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const { id } = useParams();
  const roundId = Number(id);
  const valid = Number.isSafeInteger(roundId) && roundId > 0;
  const [choice, setChoice] = useState<Choice>('unanswered');
  const round = useRound(valid ? roundId : 0);
  const invitations = useInvitations(valid ? roundId : 0, choice === 'all' ? null : 'unanswered');
  const roundTitle = round.data ? t('evaluations.round.title', { period: periodLabel(round.data.period), panel: round.data.panelName }) : '';
  useEffect(() => {
    if (roundTitle) document.title = `${t('evaluations.qr.title')} · ${roundTitle}`;
  }, [roundTitle, t]);
  if (!valid) return <NotFound />;
  if (round.isPending || invitations.isPending) return <PageSpin fullScreen />;
  if (round.isError) return <QueryError error={round.error} onRetry={() => void round.refetch()} />;
  if (invitations.isError) return <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
  const items = invitations.data.items;
  return (
    <div className="qr-sheet">
      <Flex className="qr-sheet-toolbar" vertical gap={12} style={{ marginBottom: 20 }}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => void navigate(`/evaluations/rounds/${roundId}`)}>
            {t('evaluations.qr.back')}
          </Button>
          <Flex gap={8} align="center" wrap>
            <Segmented<Choice>
              value={choice}
              onChange={setChoice}
              options={[
                { value: 'unanswered', label: t('evaluations.qr.unanswered') },
                { value: 'all', label: t('evaluations.qr.all') },
              ]}
            />
            <Button type="primary" icon={<PrinterOutlined />} disabled={items.length === 0} onClick={() => window.print()} data-testid="print">
              {t('evaluations.qr.print')}
            </Button>
          </Flex>
        </Flex>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('evaluations.qr.title')} · {roundTitle}
        </Typography.Title>
        {round.data.state === 'closed' ? (
          <Alert type="warning" showIcon title={t('evaluations.qr.closed')} />
        ) : (
          <Alert type="info" showIcon title={t('evaluations.qr.hint', { count: items.length })} />
        )}
      </Flex>
      {items.length === 0 ? (
        <Empty className="qr-sheet-toolbar" description={t(choice === 'all' ? 'evaluations.qr.emptyAll' : 'evaluations.qr.emptyUnanswered')} />
      ) : (
        <div className="qr-sheet-grid">
          {items.map((item) => {
            const link = fullLink(item.link);
            return (
              <QrCard
                key={item.id}
                name={item.name}
                organisation={item.organisation}
                roundTitle={roundTitle}
                link={link}
                alt={t('evaluations.qr.alt', { name: item.name })}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
