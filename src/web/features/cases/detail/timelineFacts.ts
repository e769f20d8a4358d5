import type { TFunction } from 'i18next';
import { channelLabel, satisfactionLabel, substantiatedLabel } from '../labels';
import type { TimelineEvent } from '../types';

export interface TimelineFact {
  key: string;
  label: string;
  value: string;
  /** Long free text (findings, measures) is shown as a paragraph. */
  long?: boolean;
  /** The case this fact points to, e.g. the one a case was merged into. */
  caseId?: number;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : null);

/**
 * What a step recorded, in words: the handling unit and due date of an assignment, the findings
 * of a response, the new date of an extension… Keys this build does not know are left out,
 * since they are internal (unit ids) or repeat the reason shown above them.
 */
export function timelineFacts(event: TimelineEvent, t: TFunction): TimelineFact[] {
  const d = event.data;
  const facts: TimelineFact[] = [];
  const add = (key: string, label: string, value: string | null, extra: Partial<TimelineFact> = {}) => {
    if (value) facts.push({ key, label, value, ...extra });
  };
  if (event.action === 'intake') add('channel', t('caseDetail.data.channel'), str(d.channel) && channelLabel(t, String(d.channel)));
  add('unitName', t('caseDetail.data.unitName'), str(d.unitName));
  if (event.action === 'grant_extension') {
    add('extension', t('caseDetail.data.extension'), str(d.to) && t('caseDetail.data.extensionValue', { from: str(d.from) ?? '—', to: str(d.to) }));
  } else {
    add('dueDate', t('caseDetail.data.dueDate'), str(d.dueDate));
  }
  add('workdays', t('caseDetail.data.workdays'), str(d.workdays) && t('caseDetail.data.workdaysValue', { count: Number(d.workdays) }));
  add('level', t('caseDetail.data.level'), str(d.level) && t('caseDetail.data.levelValue', { level: Number(d.level) }));
  add('substantiated', t('caseDetail.data.substantiated'), str(d.substantiated) && substantiatedLabel(t, String(d.substantiated)));
  add('findings', t('caseDetail.data.findings'), str(d.findings), { long: true });
  add('measures', t('caseDetail.data.measures'), str(d.measures), { long: true });
  add('satisfaction', t('caseDetail.data.satisfaction'), str(d.satisfaction) && satisfactionLabel(t, String(d.satisfaction)));
  if (d.reopened === true) add('reopened', t('caseDetail.data.reopened'), t('yes'));
  add('into', t('caseDetail.data.into'), str(d.intoCode), { caseId: typeof d.intoCaseId === 'number' ? d.intoCaseId : undefined });
  return facts;
}
