import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../common/format';
import { actorLabel, statusLabel, stepLabel } from '../labels';
import type { CaseDetail, TimelineEvent } from '../types';
import { deadlineStepLabel } from '../steps/extension';
import { attachmentUrl } from './AttachmentList';
import { timelineFacts } from './timelineFacts';

const COLOURS: Record<string, string> = {
  intake: 'gray',
  reject: 'red',
  escalate: 'red',
  return: 'red',
  reopen: 'red',
  remind: 'orange',
  request_extension: 'orange',
  respond: 'green',
  verify_close: 'green',
};

function Step({ event, detail }: { event: TimelineEvent; detail: CaseDetail }) {
  const { t } = useTranslation();
  const kind = actorLabel(t, event.actorKind);
  const moved = event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus;
  const files = detail.attachments.filter((file) => file.eventId === event.id);
  return (
    <Flex vertical gap={4} style={{ paddingBottom: 4 }} data-testid="timeline-step">
      <Flex gap={8} align="baseline" wrap>
        <Typography.Text strong>{event.action === 'grant_extension' ? deadlineStepLabel(t, detail.timeline, event.id) : stepLabel(t, event.action)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(event.ts)} · {event.actorName ? t('withNote', { text: event.actorName, note: kind }) : kind}
        </Typography.Text>
        {moved && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {statusLabel(t, event.fromStatus ?? '')} → {statusLabel(t, event.toStatus ?? '')}
          </Typography.Text>
        )}
      </Flex>
      {event.reason && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{event.reason}</Typography.Text>}
      {timelineFacts(event, t).map((fact) => (
        <Typography.Text key={fact.key} style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>
          <Typography.Text type="secondary">{t('labelled', { label: fact.label })}</Typography.Text>
          {fact.caseId ? <Link to={`/cases/${fact.caseId}`}>{fact.value}</Link> : fact.value}
        </Typography.Text>
      ))}
      {files.map((file) => (
        <a key={file.id} href={attachmentUrl(detail.id, file.id)} download={file.filename} style={{ fontSize: 13 }}>
          <PaperClipOutlined /> {file.filename}
        </a>
      ))}
    </Flex>
  );
}

/** The case's history, oldest first: who took which step when, why, and what it recorded. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('caseDetail.timeline')} size="small">
      <Timeline
        style={{ paddingTop: 8 }}
        items={detail.timeline.map((event) => ({
          key: event.id,
          color: COLOURS[event.action] ?? 'blue',
          content: <Step event={event} detail={detail} />,
        }))}
      />
    </Card>
  );
}
