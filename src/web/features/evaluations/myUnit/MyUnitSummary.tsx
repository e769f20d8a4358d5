import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../numbers';
import type { MyUnitPeriod } from '../types';
import { usePanelNames } from './usePanelNames';

const MUTED = { content: { fontSize: 18, color: 'rgba(0,0,0,0.45)' } };

/** The unit's combined score and place in one period, and each panel's score behind it. */
export function MyUnitSummary({ period }: { period: MyUnitPeriod }) {
  const { t } = useTranslation();
  const { name: panelName, order } = usePanelNames();
  const panels = order(Object.keys(period.panels)).flatMap((code) => {
    const result = period.panels[code];
    return result ? [[code, result] as const] : [];
  });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={8}>
        <Card style={{ height: '100%' }}>
          <Statistic
            title={t('evaluations.results.combined')}
            value={period.combined === null ? t('evaluations.results.insufficient') : formatScore(period.combined)}
            styles={period.combined === null ? MUTED : undefined}
            data-testid="my-score"
          />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card style={{ height: '100%' }}>
          <Statistic
            title={t('evaluations.results.rank')}
            value={period.rank === null ? t('evaluations.myUnit.notRanked') : t('evaluations.results.rankOf', { rank: period.rank, count: period.ranked })}
            styles={period.rank === null ? MUTED : undefined}
            data-testid="my-rank"
          />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card style={{ height: '100%' }} title={t('evaluations.myUnit.panels')} size="small">
          {panels.length === 0 ? (
            <Typography.Text type="secondary">{t('evaluations.myUnit.noPanels')}</Typography.Text>
          ) : (
            <Flex vertical gap={6}>
              {panels.map(([code, result]) => (
                <Flex key={code} justify="space-between" gap={12}>
                  <Typography.Text>{panelName(code)}</Typography.Text>
                  <Typography.Text type={result.sufficient && result.score !== null ? undefined : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
                    {result.sufficient && result.score !== null ? formatScore(result.score) : t('evaluations.results.insufficient')}
                    <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                      {t('evaluations.results.n', { count: result.n })}
                    </Typography.Text>
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          )}
        </Card>
      </Col>
    </Row>
  );
}
