import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kindLabel } from '../units/labels';
import { UNIT_KINDS } from '../units/types';
import type { PlanCounts } from './types';

// Registry order (departments, windows, key posts) rather than whatever order the server used.
function kindRank(kind: string): number {
  const index = (UNIT_KINDS as readonly string[]).indexOf(kind);
  return index < 0 ? UNIT_KINDS.length : index;
}

export function CountCards({ counts, categories }: { counts: PlanCounts; categories: number }) {
  const { t } = useTranslation();
  const suffix = t('plan.counts.unitSuffix');
  const byKind = Object.entries(counts.monitoredByKind).sort(([a], [b]) => kindRank(a) - kindRank(b));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={9}>
        <Card style={{ height: '100%' }}>
          <Flex justify="space-between" align="flex-start" gap={16} wrap>
            <Link to="/units?monitored=1">
              <Statistic title={t('plan.counts.monitored')} value={counts.monitoredUnits} suffix={suffix} />
            </Link>
            <Flex vertical gap={4}>
              {byKind.map(([kind, count]) => (
                <Flex key={kind} justify="space-between" gap={24}>
                  <Typography.Text type="secondary">{kindLabel(t, kind)}</Typography.Text>
                  <Typography.Text strong>{count}</Typography.Text>
                </Flex>
              ))}
            </Flex>
          </Flex>
        </Card>
      </Col>
      <Col xs={12} md={6} xl={5}>
        <Card style={{ height: '100%' }}>
          <Statistic title={t('plan.counts.units')} value={counts.units} suffix={suffix} />
        </Card>
      </Col>
      <Col xs={12} md={6} xl={5}>
        <Card style={{ height: '100%' }}>
          <Link to="/projects">
            <Statistic title={t('plan.counts.projects')} value={counts.projects} suffix={suffix} />
          </Link>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={5}>
        <Card style={{ height: '100%' }}>
          <Statistic title={t('plan.categories')} value={categories} suffix={t('plan.categoryUnit')} />
        </Card>
      </Col>
    </Row>
  );
}
