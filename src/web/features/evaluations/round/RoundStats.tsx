import { Card, Col, Progress, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { ratePercent } from '../numbers';
import type { Round } from '../types';

/** The round's figures as the server counts them. */
export function RoundStats({ round }: { round: Round }) {
  const { t } = useTranslation();
  const figures = [
    { key: 'units', value: round.unitCount },
    { key: 'invited', value: round.invited },
    { key: 'drafts', value: round.drafts },
    { key: 'submitted', value: round.submitted },
  ] as const;
  return (
    <Card>
      <Row gutter={[24, 16]} align="middle">
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} md={4}>
            <Statistic title={t(`evaluations.round.stats.${figure.key}`)} value={figure.value} />
          </Col>
        ))}
        <Col xs={24} md={8}>
          <Statistic
            title={t('evaluations.round.stats.rate')}
            value={round.invited === 0 ? t('evaluations.notInvitedYet') : ratePercent(round.responseRate)}
            suffix={round.invited === 0 ? undefined : '%'}
            styles={round.invited === 0 ? { content: { fontSize: 16, color: 'rgba(0,0,0,0.45)' } } : undefined}
          />
          {round.invited > 0 && <Progress percent={ratePercent(round.responseRate)} showInfo={false} size="small" />}
        </Col>
      </Row>
    </Card>
  );
}
