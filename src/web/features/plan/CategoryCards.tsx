import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemCategory } from './types';

function Numeral({ n }: { n: number }) {
  return (
    <Flex
      align="center"
      justify="center"
      style={{ width: 28, height: 28, borderRadius: '50%', background: '#fff1f0', color: '#b3261e', fontWeight: 600, flexShrink: 0 }}
    >
      {n}
    </Flex>
  );
}

export function CategoryCards({ categories }: { categories: ProblemCategory[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('plan.categories')} extra={<Typography.Text type="secondary">{t('plan.categoryCount', { count: categories.length })}</Typography.Text>}>
      <Row gutter={[16, 16]}>
        {categories.map((category, index) => (
          <Col key={category.code} xs={24} md={12} xl={6}>
            <Card size="small" style={{ height: '100%', background: '#fafafa' }} data-testid="problem-category">
              <Flex gap={10} align="flex-start">
                <Numeral n={index + 1} />
                <Flex vertical gap={4} style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ fontSize: 15 }}>
                    {category.name}
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: 0, fontSize: 13, color: 'rgba(0,0,0,0.65)' }}>
                    {category.description}
                  </Typography.Paragraph>
                </Flex>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
