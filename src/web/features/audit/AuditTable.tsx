import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../shell/Blank';
import { formatDateTime } from '../../common/format';
import { OUTCOMES, type AuditEntry, type Outcome } from './types';

const OUTCOME_COLOURS: Record<Outcome, string> = { success: 'success', failure: 'error', denied: 'warning' };

function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

function OutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  if (!isOutcome(outcome)) return <Tag>{outcome}</Tag>;
  return <Tag color={OUTCOME_COLOURS[outcome]}>{t(`audit.outcomes.${outcome}`)}</Tag>;
}

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 };

export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={false}
      scroll={{ x: 1000 }}
      expandable={{
        rowExpandable: (entry) => entry.detail !== null && entry.detail !== undefined,
        expandedRowRender: (entry) => (
          <pre style={{ ...mono, margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(entry.detail, null, 2)}</pre>
        ),
      }}
      columns={[
        { key: 'seq', title: '#', width: 70, render: (_, entry) => <span style={mono}>{entry.seq ?? <Blank />}</span> },
        { key: 'ts', title: t('audit.time'), width: 170, render: (_, entry) => <span style={mono}>{formatDateTime(entry.ts)}</span> },
        { key: 'username', title: t('audit.username'), width: 120, render: (_, entry) => entry.username ?? <Blank /> },
        { key: 'action', title: t('audit.action'), render: (_, entry) => <Typography.Text code>{entry.action}</Typography.Text> },
        {
          key: 'object',
          title: t('audit.object'),
          render: (_, entry) => (entry.objectType ? `${entry.objectType}${entry.objectId ? ` #${entry.objectId}` : ''}` : <Blank />),
        },
        { key: 'outcome', title: t('audit.outcome'), width: 90, render: (_, entry) => <OutcomeTag outcome={entry.outcome} /> },
        {
          key: 'requestId',
          title: t('audit.requestId'),
          width: 200,
          render: (_, entry) =>
            entry.requestId ? (
              <Typography.Text style={mono} copyable ellipsis>
                {entry.requestId}
              </Typography.Text>
            ) : <Blank />,
        },
      ]}
    />
  );
}
