import { Empty } from 'antd';

/** What an empty table says: why it is empty and what to do next, under the small empty picture. */
export function TableEmpty({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span style={{ maxWidth: 520, display: 'inline-block', color: 'rgba(0,0,0,0.55)' }}>{text}</span>} />;
}
