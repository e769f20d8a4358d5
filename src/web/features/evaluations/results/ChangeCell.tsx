import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import { formatChange } from '../numbers';
import type { UnitResult } from '../types';

const UP = '#389e0d';
const DOWN = '#cf1322';

/** The change against the previous period: score up or down, and places gained or lost. */
export function ChangeCell({ unit }: { unit: UnitResult }) {
  const { t } = useTranslation();
  if (unit.scoreChange === null && unit.rankChange === null) {
    return unit.rank !== null && unit.previousRank === null ? <Typography.Text type="secondary">{t('evaluations.results.newlyRanked')}</Typography.Text> : <Blank />;
  }
  const score = unit.scoreChange;
  const rank = unit.rankChange;
  const scoreColour = score === null || Math.abs(score) < 0.05 ? undefined : score > 0 ? UP : DOWN;
  return (
    <Flex vertical gap={0} style={{ whiteSpace: 'nowrap' }}>
      {score !== null && (
        <span style={{ color: scoreColour }}>
          {scoreColour === UP && <ArrowUpOutlined />}
          {scoreColour === DOWN && <ArrowDownOutlined />} {formatChange(score)}
        </span>
      )}
      {rank !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {rank > 0 ? t('evaluations.results.rankUp', { count: rank }) : rank < 0 ? t('evaluations.results.rankDown', { count: -rank }) : t('evaluations.results.rankSame')}
        </Typography.Text>
      )}
    </Flex>
  );
}
