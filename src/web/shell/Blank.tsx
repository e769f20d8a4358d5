import { Typography } from 'antd';

/** The mark for an empty cell, the same in every table. */
export function Blank() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}
