import dayjs, { type Dayjs } from 'dayjs';
import type { PlanInspections } from '../../../modules/plan/contract';
import { clampDay, type DaySpan } from '../plan/campaignClock';
import { ROUND_KINDS, type ExternalMember, type NewRound, type RoundChange, type RoundDetail, type RoundKind } from './types';

const DAY = 'YYYY-MM-DD';

/** The round form as antd holds it. */
export interface RoundValues {
  kind?: RoundKind;
  title: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  unitIds: number[];
  memberIds?: number[];
  externalMembers?: Partial<ExternalMember>[];
  notes?: string;
}

/** The fields the server names in its errors, as the form names them. */
export const ROUND_FIELDS = ['kind', 'title', 'startsOn', 'endsOn', 'unitIds', 'memberIds', 'externalMembers', 'notes'] as const;

/** The kinds of round the plan has (open inspections, covert visits or both), in the usual order. */
export function planRoundKinds(inspections: PlanInspections | null | undefined): RoundKind[] {
  return ROUND_KINDS.filter((kind) => inspections?.[kind] !== undefined);
}

/**
 * A new round's form: of the plan's first kind, on today, or on the campaign's nearest day when
 * today falls outside it (a past or future campaign is planned on its own days).
 */
export function newRoundValues(kinds: readonly RoundKind[], span: DaySpan, today: string): Partial<RoundValues> {
  const day = dayjs(clampDay(span, today));
  return { ...(kinds[0] ? { kind: kinds[0] } : {}), startsOn: day, endsOn: day, unitIds: [], memberIds: [], externalMembers: [] };
}

// A row left half-typed is not a member; the form asks for both parts, this only drops blank rows.
function externalMembers(rows: Partial<ExternalMember>[] | undefined): ExternalMember[] {
  return (rows ?? [])
    .map((row) => ({ name: row.name?.trim() ?? '', affiliation: row.affiliation?.trim() ?? '' }))
    .filter((row) => row.name !== '' || row.affiliation !== '');
}

function shared(values: RoundValues) {
  return {
    title: values.title.trim(),
    startsOn: values.startsOn.format(DAY),
    endsOn: values.endsOn.format(DAY),
    unitIds: values.unitIds,
    memberIds: values.memberIds ?? [],
    externalMembers: externalMembers(values.externalMembers),
  };
}

export function newRoundBody(values: RoundValues): NewRound {
  const notes = values.notes?.trim();
  return { kind: values.kind ?? 'open', ...shared(values), ...(notes ? { notes } : {}) };
}

/** Everything the form shows is sent; emptied notes are cleared. */
export function roundChangeBody(values: RoundValues): RoundChange {
  return { ...shared(values), notes: values.notes?.trim() || null };
}

export function roundValuesOf(round: RoundDetail): RoundValues {
  return {
    title: round.title,
    startsOn: dayjs(round.startsOn),
    endsOn: dayjs(round.endsOn),
    unitIds: round.units.map((unit) => unit.id),
    memberIds: round.members.map((member) => member.id),
    externalMembers: round.externalMembers,
    notes: round.notes ?? undefined,
  };
}
