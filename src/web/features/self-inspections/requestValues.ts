import type { Dayjs } from 'dayjs';
import type { NewRequest, ReportKind } from './types';

/** The new-request form's values. */
export interface RequestValues {
  kind: ReportKind;
  title: string;
  dueDate: Dayjs;
  instructions?: string;
  /** Every monitored unit of the campaign, or the chosen ones. */
  scope: 'monitored' | 'chosen';
  unitIds?: number[];
}

/** The body of POST /api/self-inspections/requests: trimmed, without an empty instruction; no unitIds asks every monitored unit. */
export function newRequestBody(values: RequestValues): NewRequest {
  const instructions = values.instructions?.trim();
  return {
    kind: values.kind,
    title: values.title.trim(),
    dueDate: values.dueDate.format('YYYY-MM-DD'),
    ...(instructions ? { instructions } : {}),
    ...(values.scope === 'chosen' ? { unitIds: values.unitIds ?? [] } : {}),
  };
}
