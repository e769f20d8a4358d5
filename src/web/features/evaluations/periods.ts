import { periodOutside, type CampaignSpan } from '../../../core/campaign-span';

/** Evaluation periods as the server names them: 2011Q1, 2011H2, 2011M03 or 2011. Pure. */

export type PeriodKind = 'Q' | 'H' | 'M' | 'Y';

export interface ParsedPeriod {
  year: number;
  kind: PeriodKind;
  /** Quarter, half or month number; 1 for a whole year. */
  index: number;
}

const PATTERN = /^(\d{4})(?:(Q)([1-4])|(H)([12])|(M)(0[1-9]|1[0-2]))?$/;

export function parsePeriod(period: string): ParsedPeriod | null {
  const match = PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { year, kind: 'Q', index: Number(match[3]) };
  if (match[4]) return { year, kind: 'H', index: Number(match[5]) };
  if (match[6]) return { year, kind: 'M', index: Number(match[7]) };
  return { year, kind: 'Y', index: 1 };
}

function formatPeriod({ year, kind, index }: ParsedPeriod): string {
  if (kind === 'Y') return String(year);
  if (kind === 'M') return `${year}M${String(index).padStart(2, '0')}`;
  return `${year}${kind}${index}`;
}

const ZH_NUMBERS = ['一', '二', '三', '四'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The period in words: 2011Q1 is 2011年第一季度 or Q1 2011. A code this build does not know is shown as sent. */
export function periodLabel(period: string, language: 'zh-CN' | 'en'): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const { year, kind, index } = parsed;
  if (language === 'en') {
    if (kind === 'Q') return `Q${index} ${year}`;
    if (kind === 'H') return `H${index} ${year}`;
    if (kind === 'M') return `${EN_MONTHS[index - 1]} ${year}`;
    return String(year);
  }
  if (kind === 'Q') return `${year}年第${ZH_NUMBERS[index - 1]}季度`;
  if (kind === 'H') return `${year}年${index === 1 ? '上' : '下'}半年`;
  if (kind === 'M') return `${year}年${index}月`;
  return `${year}年度`;
}

/** The first month a period covers, counted from year 0: orders periods of different kinds. */
function startMonth({ year, kind, index }: ParsedPeriod): number {
  const month = kind === 'Q' ? (index - 1) * 3 : kind === 'H' ? (index - 1) * 6 : kind === 'M' ? index - 1 : 0;
  return year * 12 + month;
}

/** Newest first, each period once; codes that do not parse go last, as sent. */
export function sortPeriods(periods: readonly string[]): string[] {
  const unique = [...new Set(periods)];
  return unique.sort((a, b) => {
    const pa = parsePeriod(a);
    const pb = parsePeriod(b);
    if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
    return startMonth(pb) - startMonth(pa) || b.localeCompare(a);
  });
}

/** The periods a picker offers: those with rounds, the current one and the one chosen (from a link), newest first. */
export function pickerPeriods(periods: readonly string[], currentPeriod: string, chosen?: string | null): string[] {
  return sortPeriods([currentPeriod, ...periods, ...(chosen ? [chosen] : [])]);
}

/** How a panel's frequency names its periods, as the server does: any other rhythm has one period a year. */
export function frequencyKind(frequency: string): PeriodKind {
  switch (frequency) {
    case 'quarterly':
      return 'Q';
    case 'half_yearly':
      return 'H';
    case 'monthly':
      return 'M';
    default:
      return 'Y';
  }
}

const PER_YEAR: Record<PeriodKind, number> = { Q: 4, H: 2, M: 12, Y: 1 };

/** Every period of one kind in a year, in order. */
export function periodsOfYear(year: number, kind: PeriodKind): string[] {
  return Array.from({ length: PER_YEAR[kind] }, (_, i) => formatPeriod({ year, kind, index: i + 1 }));
}

export { periodDays } from '../../../core/campaign-span';

/** A campaign's first and last day (YYYY-MM-DD); null where its plan states none. */
export type CampaignDays = CampaignSpan;

/** Whether a period shares at least one day with the campaign (a round of the campaign may be for it). */
export const periodWithin = (period: string, campaign: CampaignSpan): boolean => !periodOutside(period, campaign);

/**
 * The periods a new round may be for, in order, in the panel's frequency: those that share days
 * with the campaign, which may run into a second year (2013-04-01 to 2014-01-15, half-yearly:
 * 2013H1, 2013H2, 2014H1). Without the campaign's days, every period of the current period's year.
 */
export function roundPeriodChoices(currentPeriod: string, frequency: string, campaign?: CampaignDays): string[] {
  const kind = frequencyKind(frequency);
  const year = parsePeriod(currentPeriod)?.year ?? new Date().getFullYear();
  const first = campaign?.start ? Number(campaign.start.slice(0, 4)) : year;
  const last = campaign?.end ? Number(campaign.end.slice(0, 4)) : year;
  if (!campaign || last < first) return periodsOfYear(year, kind);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return years.flatMap((y) => periodsOfYear(y, kind)).filter((period) => periodWithin(period, campaign));
}
