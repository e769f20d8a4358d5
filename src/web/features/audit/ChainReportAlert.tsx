import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from './types';

/** The verdict of a chain verification: intact, or where it first breaks, plus rows not yet sealed. */
export function ChainReportAlert({ report }: { report: ChainReport }) {
  const { t } = useTranslation();
  const unsealed = report.unsealed > 0 ? ` ${t('audit.unsealed', { count: report.unsealed })}` : '';
  const broken = report.firstBroken;
  const text = broken
    ? t('audit.verifyBroken', { seq: broken.seq, reason: broken.reason, checked: report.checked })
    : t('audit.verifyOk', { checked: report.checked });
  return <Alert type={report.ok ? 'success' : 'error'} showIcon title={text + unsealed} data-testid="verify-result" />;
}
