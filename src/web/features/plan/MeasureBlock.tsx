import { Card, Col } from 'antd';
import type { ReactNode } from 'react';

/** One measure of the plan as a titled tile in the measures grid. */
export function MeasureBlock({ title, icon, children, wide = false }: { title: string; icon: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <Col xs={24} lg={12} xl={wide ? 12 : 8}>
      <Card
        size="small"
        title={
          <span>
            <span style={{ color: '#1b5fad', marginInlineEnd: 8 }}>{icon}</span>
            {title}
          </span>
        }
        style={{ height: '100%' }}
      >
        {children}
      </Card>
    </Col>
  );
}
