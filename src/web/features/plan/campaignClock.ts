import type { Phase } from './types';

export type CampaignState =
  | { state: 'empty' }
  | { state: 'notStarted'; start: string }
  | { state: 'ended'; end: string }
  | { state: 'running'; phaseIndex: number | null; day: number; total: number; percent: number };

const DAY_MS = 86_400_000;

// Plan dates are calendar days; compare them as UTC midnights so time zones cannot shift a day.
function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** Where `today` (YYYY-MM-DD) falls in the campaign; phase ends are inclusive. */
export function campaignState(phases: readonly Phase[], today: string): CampaignState {
  const first = phases[0];
  const last = phases[phases.length - 1];
  if (!first || !last) return { state: 'empty' };
  const now = dayNumber(today);
  const start = dayNumber(first.start);
  const end = dayNumber(last.end);
  if (now < start) return { state: 'notStarted', start: first.start };
  if (now > end) return { state: 'ended', end: last.end };
  const index = phases.findIndex((phase) => dayNumber(phase.start) <= now && now <= dayNumber(phase.end));
  const total = end - start + 1;
  const day = now - start + 1;
  return { state: 'running', phaseIndex: index < 0 ? null : index, day, total, percent: ((day - 0.5) / total) * 100 };
}

/** Each phase's step status for today: finished, in progress or waiting. */
export function phaseStatus(phase: Phase, today: string): 'finish' | 'process' | 'wait' {
  const now = dayNumber(today);
  if (now > dayNumber(phase.end)) return 'finish';
  if (now >= dayNumber(phase.start)) return 'process';
  return 'wait';
}

/** Length of a phase in days, for drawing it to scale. */
export function phaseDays(phase: Phase): number {
  return dayNumber(phase.end) - dayNumber(phase.start) + 1;
}

export {
  clampToCampaign as clampDay,
  dayOutside as outsideSpan,
  phasesSpan,
  type CampaignSpan as DaySpan,
} from '../../../core/campaign-span';
