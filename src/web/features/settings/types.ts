/** A handling deadline in working days for a channel and/or a category; null means any. */
export interface DeadlineRule {
  channel: string | null;
  category: string | null;
  workdays: number;
}

export interface DeadlineRules {
  /** What applies where no rule does. */
  default: number;
  rules: DeadlineRule[];
}

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
