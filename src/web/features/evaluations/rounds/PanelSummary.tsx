import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { frequencyLabel } from '../../plan/labels';
import type { Panel, Round } from '../types';

/** The plan's panels and, for the period shown, how many of each panel's evaluators answered. */
export function PanelSummary({ panels, rounds }: { panels: Panel[]; rounds: Round[] }) {
  const { t } = useTranslation();
  if (panels.length === 0) return null;
  return (
    <Row gutter={[16, 16]}>
      {panels.map((panel) => {
        const round = rounds.find((candidate) => candidate.panel === panel.code);
        return (
          <Col key={panel.code} xs={24} md={8}>
            <Card size="small" title={panel.name} extra={<Typography.Text type="secondary">{frequencyLabel(t, panel.frequency)}</Typography.Text>}>
              <Row gutter={8}>
                <Col span={12}>
                  <Statistic title={t('evaluations.panelSize')} value={panel.size} suffix={t('evaluations.people')} />
                </Col>
                <Col span={12}>
                  {round ? (
                    <Statistic title={t('evaluations.submittedThisPeriod')} value={round.submitted} suffix={`/ ${round.invited}`} />
                  ) : (
                    <Statistic title={t('evaluations.submittedThisPeriod')} value={t('evaluations.noRound')} styles={{ content: { fontSize: 16, color: 'rgba(0,0,0,0.45)' } }} />
                  )}
                </Col>
              </Row>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
