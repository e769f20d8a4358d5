import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';

/** A section with nothing to show yet: a sentence that says why and what comes next, never a made-up figure. */
export function EmptyCard({ description, title, extra }: { description: ReactNode; title?: ReactNode; extra?: ReactNode }) {
  return (
    <Card title={title}>
      <Empty description={description} style={{ padding: '32px 0' }}>
        {extra}
      </Empty>
    </Card>
  );
}
