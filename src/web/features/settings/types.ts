// The deadline rules are the cases contract's; the calendar module has no contract yet for the rest.
export type { DeadlineRule, DeadlineRules } from '../../../modules/cases/contract';

export interface CalendarOverride {
  day: string;
  workday: boolean;
  note: string | null;
}

export interface WorkdayCount {
  from: string;
  n: number;
  due: string;
  /** False when a year in the range has no official holiday calendar yet. */
  published: boolean;
  days: { day: string; workday: boolean }[];
}
