import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResponseBar } from '../ResponseBar';
import type { Results } from '../types';

/** How many of each panel's invited evaluators returned their questionnaire. */
export function ResponseRates({ results }: { results: Results }) {
  const { t } = useTranslation();
  const panelName = (code: string) => results.panels.find((panel) => panel.code === code)?.name ?? code;
  return (
    <Card title={t('evaluations.results.responseRates')} size="small">
      {results.responseRates.length === 0 ? (
        <Typography.Text type="secondary">{t('evaluations.results.noRounds')}</Typography.Text>
      ) : (
        <Row gutter={[24, 12]}>
          {results.responseRates.map((rate) => (
            <Col key={rate.panel} xs={24} md={8} style={{ paddingInlineEnd: 24 }}>
              <Typography.Text>{panelName(rate.panel)}</Typography.Text>
              <ResponseBar submitted={rate.submitted} invited={rate.invited} rate={rate.rate} width="100%" />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
