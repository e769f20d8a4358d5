import { Card, Collapse, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The units this round rates, folded away: there are usually about ninety. */
export function RoundUnits({ units }: { units: { id: number; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Collapse
        ghost
        items={[
          {
            key: 'units',
            label: <Typography.Text strong>{t('evaluations.round.units', { count: units.length })}</Typography.Text>,
            children:
              units.length === 0 ? (
                <Typography.Text type="secondary">{t('evaluations.round.noUnits')}</Typography.Text>
              ) : (
                <Flex wrap gap={6}>
                  {units.map((unit) => (
                    <Tag key={unit.id} style={{ marginInlineEnd: 0 }}>
                      {unit.name}
                    </Tag>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
