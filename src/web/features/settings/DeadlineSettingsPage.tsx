import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/Page';
import { CalendarOverridesCard } from './CalendarOverridesCard';
import { DeadlineRulesCard } from './DeadlineRulesCard';
import { useDeadlineRules } from './queries';
import { WorkdayCheck } from './WorkdayCheck';

/** The office administrator's deadline settings: rules, calendar overrides and a quick check. */
export function DeadlineSettingsPage() {
  const { t } = useTranslation();
  const defaultDays = useDeadlineRules().data?.default ?? 15;
  return (
    <Page title={t('settings.title')} subtitle={t('settings.subtitle')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <DeadlineRulesCard />
        </Col>
        <Col xs={24} xl={10}>
          <WorkdayCheck defaultDays={defaultDays} />
        </Col>
        <Col span={24}>
          <CalendarOverridesCard />
        </Col>
      </Row>
    </Page>
  );
}
