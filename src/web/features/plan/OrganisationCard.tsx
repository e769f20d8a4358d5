import { Card, Col, Flex, Grid, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MemberTable } from './MemberTable';
import type { Organisation } from './types';

function GroupHeading({ label, name }: { label: string; name: string }) {
  return (
    <Flex align="center" gap={8}>
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {name}
      </Typography.Title>
    </Flex>
  );
}

export function OrganisationCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { leadingGroup, office } = organisation;
  // A phone's card heading has no room for the principle beside the title: it opens the card instead.
  const phone = Grid.useBreakpoint().sm === false;
  const principle = <Typography.Text type="secondary">{t('plan.organisation.principleLine', { text: organisation.principle })}</Typography.Text>;
  return (
    <Card title={t('plan.organisation.title')} extra={phone ? undefined : principle}>
      {phone && <Typography.Paragraph style={{ marginBottom: 16 }}>{principle}</Typography.Paragraph>}
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <Flex vertical gap={8}>
            <GroupHeading label={t('plan.organisation.leadingGroup')} name={leadingGroup.name} />
            <MemberTable members={leadingGroup.members} />
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={8}>
            <GroupHeading label={t('plan.organisation.office')} name={office.name} />
            <Typography.Text type="secondary">{t('plan.organisation.hostUnit', { unit: office.hostUnit })}</Typography.Text>
            <MemberTable members={office.members} />
            <Typography.Text strong style={{ marginTop: 8 }}>
              {t('plan.organisation.staffFrom')}
            </Typography.Text>
            <Flex wrap gap={6}>
              {office.staffFrom.map((unit) => (
                <Tag key={unit}>{unit}</Tag>
              ))}
            </Flex>
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}
