import type { TFunction } from 'i18next';
import { isUnitKind } from './types';

/** The kind's display name; a kind this build does not know is shown as sent. */
export function kindLabel(t: TFunction, kind: string): string {
  return isUnitKind(kind) ? t(`units.kinds.${kind}`) : kind;
}

/** The short plural form used in running text, e.g. "23 departments". */
export function kindShortLabel(t: TFunction, kind: string): string {
  return isUnitKind(kind) ? t(`units.kindsShort.${kind}`) : kind;
}

export const KIND_COLOURS: Record<string, string> = {
  department: 'geekblue',
  window: 'cyan',
  key_post: 'purple',
  district: 'gold',
  other: 'default',
};
