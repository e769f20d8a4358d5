import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROUND_STATE_COLOURS, roundStateLabel } from './labels';

export function RoundStateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROUND_STATE_COLOURS[state] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="round-state">
      {roundStateLabel(t, state)}
    </Tag>
  );
}
