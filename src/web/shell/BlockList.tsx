import { Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface BlockListProps<T> {
  items: T[];
  itemKey: (item: T) => number | string;
  render: (item: T) => ReactNode;
  /** Where a block leads: the whole block is then one link. */
  link?: (item: T) => string;
  loading?: boolean;
  empty: ReactNode;
  testId: string;
  itemTestId: string;
}

const PADDING = '12px 16px';

/**
 * A list for a phone: one block per item, read top to bottom, where a desktop shows a table row
 * that would have to be scrolled sideways.
 */
export function BlockList<T>({ items, itemKey, render, link, loading = false, empty, testId, itemTestId }: BlockListProps<T>) {
  if (items.length === 0) {
    return (
      <Flex justify="center" style={{ padding: 24 }}>
        {loading ? <Spin /> : typeof empty === 'string' ? <Typography.Text type="secondary">{empty}</Typography.Text> : empty}
      </Flex>
    );
  }
  return (
    <Spin spinning={loading}>
      <div role="list" data-testid={testId}>
        {items.map((item, i) => (
          <div role="listitem" key={itemKey(item)} style={{ borderTop: i === 0 ? undefined : '1px solid #f0f0f0' }}>
            {link ? (
              <Link to={link(item)} style={{ display: 'block', padding: PADDING, color: 'inherit' }} data-testid={itemTestId}>
                {render(item)}
              </Link>
            ) : (
              <div style={{ padding: PADDING }} data-testid={itemTestId}>
                {render(item)}
              </div>
            )}
          </div>
        ))}
      </div>
    </Spin>
  );
}
