import type { Dayjs } from 'dayjs';
import type { AttachmentUpload } from '../../../common/attachments';
import type { Satisfaction, Step, Substantiated } from '../types';

/** Everything any step's form may hold; each step sends only its own part. */
export interface StepValues {
  note?: string;
  reason?: string;
  unitId?: number | null;
  dueDate?: Dayjs | null;
  workdays?: number | null;
  findings?: string;
  measures?: string;
  substantiated?: Substantiated;
  satisfaction?: Satisfaction;
  comment?: string;
  reopen?: boolean;
  intoCaseId?: number | null;
}

const text = (value: string | undefined) => value?.trim() || undefined;
const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** The body of POST /api/cases/:id/<step>; the server refuses keys a step does not take. */
export function stepBody(step: Step, v: StepValues, evidence: AttachmentUpload[] = []): Record<string, unknown> {
  switch (step) {
    case 'accept':
    case 'remind':
    case 'verify_close':
      return defined({ note: text(v.note) });
    case 'reject':
    case 'escalate':
      return { reason: text(v.reason) };
    case 'assign':
      return defined({ unitId: v.unitId ?? undefined, dueDate: day(v.dueDate), note: text(v.note) });
    case 'transfer':
      return defined({ unitId: v.unitId ?? undefined, reason: text(v.reason), dueDate: day(v.dueDate) });
    case 'request_extension':
      return { workdays: v.workdays ?? undefined, reason: text(v.reason) };
    case 'grant_extension':
      return defined({ dueDate: day(v.dueDate), note: text(v.note) });
    case 'respond':
      return { findings: text(v.findings), measures: text(v.measures), substantiated: v.substantiated, attachments: evidence };
    case 'return':
    case 'reopen':
      return defined({ reason: text(v.reason), dueDate: day(v.dueDate) });
    case 'follow_up':
      // Reopening is offered only with an unsatisfied answer; the server ignores it otherwise.
      return defined({ satisfaction: v.satisfaction, comment: text(v.comment), reopen: v.satisfaction === 'unsatisfied' && v.reopen === true });
    case 'merge':
      return defined({ intoCaseId: v.intoCaseId ?? undefined, reason: text(v.reason) });
  }
}
