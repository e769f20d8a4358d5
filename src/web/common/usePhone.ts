import { Grid } from 'antd';

/**
 * Whether the console is laid out for a phone: narrower than antd's md breakpoint (768 px). The
 * menu then slides in from the header, and lists show as blocks instead of table rows.
 */
export function usePhone(): boolean {
  return Grid.useBreakpoint().md === false;
}
