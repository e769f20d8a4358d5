import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../shell/Blank';
import { mono } from './parts';
import type { AuditEntry } from './types';
import { detailFields, type Wording } from './words';

const wrap = { wordBreak: 'break-word', overflowWrap: 'anywhere' } as const;

/** A row's detail as labelled fields, then where it sits in the chain and the request that wrote it. */
export function AuditDetail({ entry, wording, columns = 2 }: { entry: AuditEntry; wording: Wording; columns?: number }) {
  const { t } = useTranslation();
  const fields = detailFields(entry, wording);
  const items = [
    ...fields.map((f) => ({ key: `d-${f.key}`, label: f.label, children: <span style={wrap}>{f.value}</span> })),
    ...(fields.length === 0 ? [{ key: 'none', label: t('audit.detail'), children: <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text> }] : []),
    { key: 'code', label: t('audit.actionCode'), children: <Typography.Text style={{ ...mono, ...wrap }}>{entry.action}</Typography.Text> },
    { key: 'seq', label: t('audit.seq'), children: entry.seq ?? <Typography.Text type="secondary">{t('audit.unsealedYet')}</Typography.Text> },
    {
      key: 'request',
      label: t('audit.requestId'),
      children: entry.requestId ? (
        <Typography.Text style={{ ...mono, ...wrap }} copyable>
          {entry.requestId}
        </Typography.Text>
      ) : (
        <Blank />
      ),
    },
  ];
  return <Descriptions size="small" bordered column={columns} items={items} data-testid="audit-detail" styles={{ label: columns > 1 ? { whiteSpace: 'nowrap' } : { width: '38%' } }} />;
}
