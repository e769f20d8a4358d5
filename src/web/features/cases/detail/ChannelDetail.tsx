import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../plan/queries';

// The labels are the intake form's own, so a field reads the same where it is typed and shown.
const LABELS = {
  line: 'caseIntake.line',
  callTime: 'caseIntake.callTime',
  box: 'caseIntake.box',
  openedOn: 'caseIntake.openedOn',
  outlet: 'caseIntake.outlet',
  publishedOn: 'caseIntake.publishedOn',
  link: 'caseIntake.link',
  sender: 'caseIntake.sender',
  postmarkedOn: 'caseIntake.postmarkedOn',
  place: 'caseIntake.place',
  // Cases filed by the inspections and evaluations modules say where they came from.
  roundId: 'caseDetail.sourceRound',
  findingId: 'caseDetail.sourceFinding',
  period: 'caseDetail.sourcePeriod',
  panel: 'caseDetail.sourcePanel',
  reportId: 'caseDetail.sourceReport',
  item: 'caseDetail.sourceItem',
} as const;

function isKnown(key: string): key is keyof typeof LABELS {
  return key in LABELS;
}

/** A channel's own facts (hotline line and call time, the outlet and date of a report…). */
export function ChannelDetail({ detail }: { detail: Record<string, unknown> }) {
  const { t } = useTranslation();
  const lines = usePlan().data?.measures?.hotlineLines ?? [];
  const entries = Object.entries(detail).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (entries.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const show = (key: string, value: unknown) => {
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
    if (key === 'line') return lines.find((line) => line.code === text)?.name ?? text;
    if (key === 'callTime') return dayjs(text).format('YYYY-MM-DD HH:mm');
    if (key === 'roundId' || key === 'findingId' || key === 'reportId') return `#${text}`;
    if (key === 'link' && /^https?:\/\//.test(text)) {
      return (
        <a href={text} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      );
    }
    return text;
  };
  return (
    <span>
      {entries.map(([key, value], index) => (
        <span key={key}>
          {index > 0 && <Typography.Text type="secondary"> · </Typography.Text>}
          <Typography.Text type="secondary">{t('labelled', { label: isKnown(key) ? t(LABELS[key]) : key })}</Typography.Text>
          {show(key, value)}
        </span>
      ))}
    </span>
  );
}
