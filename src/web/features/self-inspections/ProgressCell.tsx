import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { progressOf } from './progress';
import type { RequestSummary } from './types';

/** How far a request has come: a small bar (handed in, accepted in green) and the counts in words. */
export function ProgressCell({ progress }: { progress: RequestSummary['progress'] }) {
  const { t } = useTranslation();
  const p = progressOf(progress);
  return (
    <Flex vertical gap={0} style={{ minWidth: 0, maxWidth: 320 }} data-testid="request-progress">
      <Progress percent={p.handedInPercent} success={{ percent: p.acceptedPercent }} size="small" showInfo={false} aria-label={t('selfInspections.progress.label')} style={{ margin: 0 }} />
      <Typography.Text style={{ fontSize: 12 }}>{t('selfInspections.progress.handedIn', { handedIn: p.handedIn, total: p.total })}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('selfInspections.progress.details', { submitted: p.byStatus.submitted, accepted: p.byStatus.accepted, returned: p.byStatus.returned, late: p.late })}
      </Typography.Text>
    </Flex>
  );
}
