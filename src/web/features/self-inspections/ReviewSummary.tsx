import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../common/format';
import { DecisionTag } from './Tags';
import type { Review } from './types';

/** An office review: its decision (and score), its overall comment, who gave it and when. */
export function ReviewSummary({ review, kind }: { review: Review; kind: string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="review-summary">
      <Flex gap={8} align="center" wrap>
        <DecisionTag decision={review.decision} kind={kind} />
        {review.score !== null && (
          <Typography.Text strong data-testid="review-score">
            {t('selfInspections.review.scoreValue', { score: review.score })}
          </Typography.Text>
        )}
      </Flex>
      {review.comment && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>{review.comment}</Typography.Paragraph>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('selfInspections.lastReview.by', { by: review.reviewedBy ?? '—', at: formatDateTime(review.reviewedAt) })}
      </Typography.Text>
    </Flex>
  );
}
