import type { Phase } from '../plan/types';
import type { ReportKind } from './types';

/**
 * The phase whose end a request of this kind is due by: the self-inspection in the phase the plan
 * names for it (its `measures.selfInspection.phase`, else the first), the re-rectification
 * (举一反三) in the second-to-last phase (consolidation), the year-end summary in the last
 * (acceptance); any other report in the phase running today (the first before the campaign, the
 * last after it). -1 for a plan without phases.
 */
export function phaseIndexFor(kind: ReportKind, phases: readonly Pick<Phase, 'code' | 'start' | 'end'>[], selfInspectionPhase: string | undefined, today: string): number {
  if (phases.length === 0) return -1;
  const last = phases.length - 1;
  switch (kind) {
    case 'self_inspection': {
      const named = selfInspectionPhase === undefined ? -1 : phases.findIndex((phase) => phase.code === selfInspectionPhase);
      return named === -1 ? 0 : named;
    }
    case 'rerectification':
      return Math.max(0, last - 1);
    case 'summary':
      return last;
    case 'other': {
      const running = phases.findIndex((phase) => phase.start <= today && today <= phase.end);
      if (running !== -1) return running;
      return (phases[0]?.start ?? today) > today ? 0 : last;
    }
  }
}

/**
 * The due day to suggest for a new request: the end of the phase that fits its kind
 * (phaseIndexFor). When that phase is over already, the end of the first later phase still
 * running or to come, so that a request is not late the day it is made; when every phase is
 * over, the fitting phase's end all the same (the office will choose). Null without phases.
 */
export function suggestedDueDay(kind: ReportKind, phases: readonly Pick<Phase, 'code' | 'start' | 'end'>[], selfInspectionPhase: string | undefined, today: string): string | null {
  const index = phaseIndexFor(kind, phases, selfInspectionPhase, today);
  const fitting = phases[index];
  if (!fitting) return null;
  if (fitting.end >= today) return fitting.end;
  const later = phases.slice(index + 1).find((phase) => phase.end >= today);
  return later?.end ?? fitting.end;
}
