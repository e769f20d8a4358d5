export const UNIT_KINDS = ['department', 'window', 'key_post', 'district', 'other'] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

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
