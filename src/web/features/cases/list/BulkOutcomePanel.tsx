import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BulkOutcome } from './bulkOutcome';

/** What a bulk step did: how many cases were done, and each refused one with its problem's code and words. */
export function BulkOutcomePanel({ outcome, onClose }: { outcome: BulkOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const { action, done, refused } = outcome;
  const title = (
    <Flex gap={12} wrap>
      <span data-testid="bulk-done">{t(`cases.bulk.done.${action}`, { count: done.length })}</span>
      {refused.length > 0 && (
        <Typography.Text type="danger" data-testid="bulk-refused-count">
          {t('cases.bulk.refusedCount', { count: refused.length })}
        </Typography.Text>
      )}
    </Flex>
  );
  const description = refused.length > 0 && (
    <>
      <Typography.Text type="secondary">{t('cases.bulk.refusedKept')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18, maxHeight: '30vh', overflowY: 'auto' }}>
        {refused.map((item) => (
          <li key={item.id} data-testid="bulk-refusal" style={{ marginBottom: 2 }}>
            <Link to={`/cases/${item.id}`} style={{ fontFamily: 'monospace' }}>
              {item.caseCode}
            </Link>{' '}
            <Tag style={{ fontFamily: 'monospace', fontSize: 11, marginInline: 4 }}>{item.code}</Tag>
            <Typography.Text>{item.words}</Typography.Text>
            {item.title && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                {item.title}
              </Typography.Text>
            )}
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <Alert
      type={refused.length ? 'warning' : 'success'}
      showIcon
      title={title}
      description={description || undefined}
      closable={{ 'aria-label': t('cases.bulk.outcomeClose') }}
      onClose={onClose}
      style={{ boxShadow: '0 -2px 10px rgba(0,0,0,0.08)' }}
      data-testid="bulk-outcome"
    />
  );
}
