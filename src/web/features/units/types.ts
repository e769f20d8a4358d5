import { UNIT_KINDS, type UnitKind } from '../../../modules/plan/contract';

// The unit kinds are the plan's (the plan contract); the units module has no contract yet for the rest.
export { UNIT_KINDS, type UnitKind };

export interface Unit {
  id: number;
  name: string;
  /** One of UNIT_KINDS for this build; a newer server may send others. */
  kind: string;
  monitored: boolean;
  parentId: number | null;
  aliases: string[];
  note: string | null;
}

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}
