import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockList } from '../../shell/BlockList';
import { formatDateTime } from '../../common/format';
import { AuditDetail } from './AuditDetail';
import { mono, OutcomeTag, Who } from './parts';
import type { AuditEntry } from './types';
import { actionWords, objectWords, type Wording } from './words';

function AuditCard({ entry, wording }: { entry: AuditEntry; wording: Wording }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const object = objectWords(entry, wording.lookup);
  return (
    <Flex vertical gap={4} style={{ minWidth: 0 }}>
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Typography.Text strong data-testid="audit-action" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {actionWords(entry.action, wording.lookup)}
        </Typography.Text>
        <OutcomeTag outcome={entry.outcome} />
      </Flex>
      {object && <span data-testid="audit-object" style={{ overflowWrap: 'anywhere' }}>{object}</span>}
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Who entry={entry} wording={wording} />
        <Typography.Text type="secondary" style={mono}>
          {formatDateTime(entry.ts)}
        </Typography.Text>
      </Flex>
      <div>
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen((v) => !v)} aria-expanded={open}>
          {open ? t('audit.hideDetail') : t('audit.showDetail')}
        </Button>
      </div>
      {open && <AuditDetail entry={entry} wording={wording} columns={1} />}
    </Flex>
  );
}

/** The trail on a phone: one compact block per record, read top to bottom; the detail unfolds in place. */
export function AuditCards({ entries, loading, wording }: { entries: AuditEntry[]; loading: boolean; wording: Wording }) {
  const { t } = useTranslation();
  return (
    <BlockList
      items={entries}
      itemKey={(entry) => entry.id}
      render={(entry) => <AuditCard entry={entry} wording={wording} />}
      loading={loading}
      empty={t('audit.empty')}
      testId="audit-cards"
      itemTestId="audit-card"
    />
  );
}
