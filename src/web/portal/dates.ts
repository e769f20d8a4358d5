import type { LabelLanguage } from './period';

/** A calendar day (2011-03-31) in words, read as that day wherever the reader is: 2011年3月31日, 31 March 2011. */
export function dayLabel(day: string, language: LabelLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The day of an instant in the reader's own time zone. */
export function instantDayLabel(iso: string, language: LabelLanguage, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(date);
}

/** hh:mm of an instant, 24-hour, in the reader's own time zone. */
export function clockLabel(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(date);
}

/** The first calendar day named in a sentence, e.g. the opening day in the server's "opens on 2011-04-01". */
export function dayIn(text: string | undefined): string | null {
  return /\b(\d{4}-\d{2}-\d{2})\b/.exec(text ?? '')?.[1] ?? null;
}
