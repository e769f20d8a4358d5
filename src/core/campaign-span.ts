import type { FieldError } from './errors.js';

/**
 * A campaign's time: its span, from its plan, never the machine's clock, and the periods that
 * fall within it. Pure: the server and the web both reckon with it.
 */

/** A campaign's first and last day, YYYY-MM-DD (null: its plan states none). */
export type CampaignSpan = { start: string | null; end: string | null };

/** The span of a plan's phases: the first phase's start to the last phase's end. */
export function phasesSpan(phases: readonly { start: string; end: string }[]): CampaignSpan {
  const starts = phases.map((p) => p.start).sort();
  const ends = phases.map((p) => p.end).sort();
  return { start: starts[0] ?? null, end: ends.at(-1) ?? null };
}

/** The campaign's first day and last day: its phases' span, as its plan states them. */
export function campaignSpan(c: { plan: unknown }): CampaignSpan {
  return phasesSpan((c.plan as { phases?: { start: string; end: string }[] }).phases ?? []);
}

/** Whether a day falls outside the campaign's span. */
export function dayOutside(span: CampaignSpan, day: string): boolean {
  return (span.start !== null && day < span.start) || (span.end !== null && day > span.end);
}

/** The day, moved into the campaign's span: its first day before it, its last after it. */
export function clampToCampaign(span: CampaignSpan, day: string): string {
  if (span.start !== null && day < span.start) return span.start;
  if (span.end !== null && day > span.end) return span.end;
  return day;
}

/** The days (each with its field's path) that fall outside the campaign's span. */
export function daysOutsideCampaign(span: CampaignSpan, days: { path: string; day: string }[]): FieldError[] {
  return days
    .filter(({ day }) => dayOutside(span, day))
    .map(({ path }) => ({ path, message: `must fall within the campaign (${span.start ?? '…'} to ${span.end ?? '…'})` }));
}

/** A period's first and last day (2011Q2: 2011-04-01 to 2011-06-30; 2011H1, 2011M02, 2011); null for a period not written as periods are. */
export function periodDays(period: string): { first: string; last: string } | null {
  const m = /^(\d{4})(?:([QHM])(\d{1,2}))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const months = { Q: 3, H: 6, M: 1 }[m[2] as 'Q' | 'H' | 'M'] ?? 12;
  const n = m[3] === undefined ? 1 : Number(m[3]);
  if (n < 1 || n * months > 12) return null;
  const firstMonth = (n - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (v: number) => String(v).padStart(2, '0');
  return { first: `${year}-${pad(firstMonth)}-01`, last: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** Whether a period shares no day with the campaign (so no round of the campaign can be for it). */
export function periodOutside(period: string, span: CampaignSpan): boolean {
  const days = periodDays(period);
  if (!days) return true;
  return (span.start !== null && days.last < span.start) || (span.end !== null && days.first > span.end);
}
