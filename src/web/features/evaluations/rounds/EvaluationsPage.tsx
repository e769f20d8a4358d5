import { BarChartOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { isOffice } from '../../cases/access';
import { PeriodSelect } from '../PeriodSelect';
import { pickerPeriods } from '../periods';
import { useOverview, useRounds } from '../queries';
import { usePeriodLabel } from '../usePeriodLabel';
import { usePeriodParam } from '../usePeriodParam';
import { CreateRoundModal } from './CreateRoundModal';
import { PanelSummary } from './PanelSummary';
import { RoundTable } from './RoundTable';
import { RulesCard } from './RulesCard';

/** The office's desk for the evaluations (in the plan's rhythm): the rounds of a period and the way to the rest. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const { data: me } = useMe();
  const office = me ? isOffice(me.role) : false;
  const overview = useOverview();
  const [period, setPeriod] = usePeriodParam(overview.data?.currentPeriod);
  const rounds = useRounds(period);
  const [creating, setCreating] = useState(false);
  const title = t('evaluations.title');
  if (overview.isPending) return <PageSpin />;
  if (overview.isError) {
    return (
      <Page title={title}>
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      </Page>
    );
  }
  const items = rounds.data?.items ?? [];
  const extra = (
    <Flex gap={8} wrap>
      <Button icon={<BarChartOutlined />} onClick={() => void navigate(`/evaluations/results${period ? `?period=${period}` : ''}`)}>
        {t('evaluations.toResults')}
      </Button>
      {office && (
        <Button icon={<TeamOutlined />} onClick={() => void navigate('/evaluations/evaluators')}>
          {t('evaluations.toEvaluators')}
        </Button>
      )}
      {office && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-round">
          {t('evaluations.create.button')}
        </Button>
      )}
    </Flex>
  );
  return (
    <Page title={title} subtitle={t('evaluations.subtitle')} extra={extra}>
      <Card styles={{ body: { padding: 0 } }}>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
          <Flex align="center" gap={12} wrap>
            <PeriodSelect periods={pickerPeriods(overview.data.periods, overview.data.currentPeriod, period)} value={period} onChange={setPeriod} />
            {period === overview.data.currentPeriod && <Typography.Text type="secondary">{t('evaluations.isCurrent')}</Typography.Text>}
          </Flex>
          {!office && <Typography.Text type="secondary">{t('evaluations.readOnly')}</Typography.Text>}
        </Flex>
        {rounds.isError ? (
          <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />
        ) : (
          <RoundTable
            rounds={items}
            loading={rounds.isPending || (rounds.isPlaceholderData && rounds.isFetching)}
            emptyText={t(office ? 'evaluations.rounds.emptyOffice' : 'evaluations.rounds.empty', { period: period ? periodLabel(period) : '' })}
          />
        )}
      </Card>
      <PanelSummary panels={overview.data.panels} rounds={items} />
      <RulesCard overview={overview.data} editable={me?.role === 'office_admin'} />
      {creating && period && <CreateRoundModal overview={overview.data} period={period} rounds={items} onClose={() => setCreating(false)} />}
    </Page>
  );
}
