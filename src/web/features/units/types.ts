import { UNIT_KINDS, type UnitKind } from '../../../modules/plan/contract';
import type { NewUnitInput, Unit, UnitPatchInput, UnitVersion } from '../../../modules/units/contract';

// The unit kinds are the plan's (the plan contract); the rest is the units contract's.
export { UNIT_KINDS, type UnitKind, type Unit, type UnitVersion };

export type NewUnit = NewUnitInput;
export type UnitChange = UnitPatchInput;

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

/** Whether a unit still exists: neither merged into another nor retired. */
export function isLive(unit: Pick<Unit, 'mergedIntoId' | 'retiredAt'>): boolean {
  return unit.mergedIntoId === null && unit.retiredAt === null;
}
