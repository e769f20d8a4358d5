import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import { formatScore } from '../numbers';
import type { PanelResult } from '../types';

/** A panel's score for a unit with the number of answers behind it, or why there is none. */
export function PanelScoreCell({ result }: { result: PanelResult | undefined }) {
  const { t } = useTranslation();
  if (!result) return <Blank />;
  const count = (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('evaluations.results.n', { count: result.n })}
    </Typography.Text>
  );
  const cell = (
    <Flex vertical gap={0} style={{ whiteSpace: 'nowrap' }}>
      {result.sufficient && result.score !== null ? (
        <Typography.Text>{formatScore(result.score)}</Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('evaluations.results.insufficient')}</Typography.Text>
      )}
      {count}
    </Flex>
  );
  if (result.excluded === 0) return cell;
  return <Tooltip title={t('evaluations.results.excluded', { count: result.excluded })}>{cell}</Tooltip>;
}
