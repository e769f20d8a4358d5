import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ratePercent } from './numbers';

/** Returned questionnaires out of those sent, as a bar with the counts beside it. */
export function ResponseBar({ submitted, invited, rate, width = 160 }: { submitted: number; invited: number; rate: number; width?: number | string }) {
  const { t } = useTranslation();
  if (invited === 0) return <Typography.Text type="secondary">{t('evaluations.notInvitedYet')}</Typography.Text>;
  return (
    <Flex vertical gap={0} style={{ width, maxWidth: '100%' }}>
      <Progress percent={ratePercent(rate)} size="small" status="normal" format={(percent) => `${percent ?? 0}%`} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('evaluations.returnedOf', { submitted, invited })}
      </Typography.Text>
    </Flex>
  );
}
