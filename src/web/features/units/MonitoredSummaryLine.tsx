import { AimOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { kindShortLabel } from './labels';
import type { MonitoredSummary } from './monitoredSummary';

const COUNT_STYLE = { color: '#b3261e', fontSize: 16, fontWeight: 600 };

/** e.g. "重点监测部位 91 个：部门 23、窗口 16、关键部位 52", counted from the registry itself. */
export function MonitoredSummaryLine({ summary }: { summary: MonitoredSummary }) {
  const { t } = useTranslation();
  const parts = summary.byKind
    .map(({ kind, count }) => t('units.summaryPart', { kind: kindShortLabel(t, kind), count }))
    .join(t('units.summarySeparator'));
  return (
    <Typography.Text style={{ fontSize: 14 }}>
      <AimOutlined style={{ color: '#b3261e', marginInlineEnd: 8 }} />
      <Trans
        i18nKey="units.summary"
        values={{ total: summary.total, parts }}
        components={{ count: <span data-testid="monitored-count" style={COUNT_STYLE} /> }}
      />
    </Typography.Text>
  );
}
