import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../shell/Blank';
import { formatDateTime } from '../../common/format';
import { AuditDetail } from './AuditDetail';
import { mono, OutcomeTag, Who } from './parts';
import type { AuditEntry } from './types';
import { actionWords, objectWords, type Wording } from './words';

/** The trail on a desk: one row per record, its detail unfolded under it. */
export function AuditTable({ entries, loading, wording }: { entries: AuditEntry[]; loading: boolean; wording: Wording }) {
  const { t } = useTranslation();
  const w = wording.lookup;
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('audit.empty') }}
      data-testid="audit-table"
      expandable={{ expandedRowRender: (entry) => <AuditDetail entry={entry} wording={wording} /> }}
      columns={[
        { key: 'ts', title: t('audit.time'), width: 170, render: (_, entry) => <span style={mono}>{formatDateTime(entry.ts)}</span> },
        { key: 'who', title: t('audit.who'), width: 180, render: (_, entry) => <Who entry={entry} wording={wording} /> },
        {
          key: 'action',
          title: t('audit.action'),
          render: (_, entry) => (
            <Typography.Text title={entry.action} data-testid="audit-action">
              {actionWords(entry.action, w)}
            </Typography.Text>
          ),
        },
        { key: 'object', title: t('audit.object'), render: (_, entry) => <span data-testid="audit-object">{objectWords(entry, w) ?? <Blank />}</span> },
        { key: 'outcome', title: t('audit.outcome'), width: 90, render: (_, entry) => <OutcomeTag outcome={entry.outcome} /> },
      ]}
    />
  );
}
