import { Card, Col, Flex, Grid, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MemberTable } from './MemberTable';
import type { Organisation } from './types';

function GroupHeading({ label, name, shortName }: { label: string; name: string; shortName?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={8} wrap>
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {name}
      </Typography.Title>
      {shortName && <Typography.Text type="secondary">{t('plan.organisation.shortName', { name: shortName })}</Typography.Text>}
    </Flex>
  );
}

type LeadingGroup = NonNullable<Organisation['leadingGroup']>;
type Office = NonNullable<Organisation['office']>;

function LeadingGroupBlock({ group }: { group: LeadingGroup }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="plan-leading-group">
      <GroupHeading label={t('plan.organisation.leadingGroup')} name={group.name} />
      {group.members.length > 0 && <MemberTable members={group.members} />}
    </Flex>
  );
}

function OfficeBlock({ office }: { office: Office }) {
  const { t } = useTranslation();
  const staffFrom = office.staffFrom ?? [];
  const members = office.members ?? [];
  return (
    <Flex vertical gap={8} data-testid="plan-office">
      <GroupHeading label={t('plan.organisation.office')} name={office.name} shortName={office.shortName} />
      {office.hostUnit && <Typography.Text type="secondary">{t('plan.organisation.hostUnit', { unit: office.hostUnit })}</Typography.Text>}
      {members.length > 0 && <MemberTable members={members} />}
      {staffFrom.length > 0 && (
        <>
          <Typography.Text strong style={{ marginTop: 8 }}>
            {t('plan.organisation.staffFrom')}
          </Typography.Text>
          <Flex wrap gap={6}>
            {staffFrom.map((unit) => (
              <Tag key={unit}>{unit}</Tag>
            ))}
          </Flex>
        </>
      )}
    </Flex>
  );
}

/** The plan's leading group and its office, each only as far as the plan names it. */
export function OrganisationCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { leadingGroup, office, principle } = organisation;
  // A phone's card heading has no room for the principle beside the title: it opens the card instead.
  const phone = Grid.useBreakpoint().sm === false;
  const principleText = principle ? <Typography.Text type="secondary">{t('plan.organisation.principleLine', { text: principle })}</Typography.Text> : null;
  const both = leadingGroup !== undefined && office !== undefined;
  return (
    <Card title={t('plan.organisation.title')} extra={phone ? undefined : principleText} data-testid="plan-organisation">
      {phone && principleText && <Typography.Paragraph style={{ marginBottom: 16 }}>{principleText}</Typography.Paragraph>}
      {!leadingGroup && !office ? (
        <Typography.Text type="secondary">{t('plan.organisation.none')}</Typography.Text>
      ) : (
        <Row gutter={[24, 24]}>
          {leadingGroup && (
            <Col xs={24} xl={both ? 12 : 24}>
              <LeadingGroupBlock group={leadingGroup} />
            </Col>
          )}
          {office && (
            <Col xs={24} xl={both ? 12 : 24}>
              <OfficeBlock office={office} />
            </Col>
          )}
        </Row>
      )}
    </Card>
  );
}
