import type { FieldProblem } from '../../common/api';
import { SECTIONS, type Section } from './draft';
import type { ReportContent } from './types';

/** Where in a report a field error points: an item's field (or the item as a whole), the summary, a whole list. */
export type ContentPlace =
  | { kind: 'item'; section: Section; index: number; field: string | null }
  | { kind: 'list'; section: Section }
  | { kind: 'summary' };

/** A path as the server writes it ("content.rectifications.2.evidence", "body.content…", ["content", …], "/content/…") in parts. */
export function pathParts(path: FieldProblem['path']): (string | number)[] {
  const parts = Array.isArray(path) ? path : path.replace(/\[(\d+)\]/g, '.$1').split(/[./]/).filter(Boolean);
  const named = parts[0] === 'body' ? parts.slice(1) : parts;
  return named.map((part) => (typeof part === 'string' && /^\d+$/.test(part) ? Number(part) : part));
}

function isSection(value: unknown): value is Section {
  return (SECTIONS as readonly unknown[]).includes(value);
}

/** The place a field error names in the report's content; null for one outside it (e.g. revision). */
export function contentPlace(path: FieldProblem['path']): ContentPlace | null {
  const [root, section, index, field] = pathParts(path);
  if (root !== 'content') return null;
  if (section === 'summary') return { kind: 'summary' };
  if (!isSection(section)) return null;
  if (typeof index !== 'number') return { kind: 'list', section };
  return { kind: 'item', section, index, field: typeof field === 'string' ? field : null };
}

/** Whether an error names the content as a whole (e.g. an empty report). */
export function isWholeContent(path: FieldProblem['path']): boolean {
  const parts = pathParts(path);
  return parts.length === 1 && parts[0] === 'content';
}

export interface ItemProblem {
  section: Section;
  /** The item's key: it finds the item on the page, however the list moved since. */
  key: string;
  /** The field, or null for the item as a whole. */
  field: string | null;
  message: string;
}

export interface PlacedProblems {
  items: ItemProblem[];
  summary: string[];
  /** Errors that name no item of the content sent (a whole list, the revision, an unknown path). */
  other: FieldProblem[];
}

/**
 * The server's field errors on a saved or submitted content, each put with its item: the index a
 * path names is the item's place in the content that was sent, so its key comes from there.
 */
export function placeProblems(errors: readonly FieldProblem[], sent: ReportContent): PlacedProblems {
  const placed: PlacedProblems = { items: [], summary: [], other: [] };
  for (const error of errors) {
    const place = contentPlace(error.path);
    if (place?.kind === 'summary') {
      placed.summary.push(error.message);
      continue;
    }
    const item = place?.kind === 'item' ? sent[place.section][place.index] : undefined;
    if (place?.kind === 'item' && item) placed.items.push({ section: place.section, key: item.key, field: place.field, message: error.message });
    else placed.other.push(error);
  }
  return placed;
}

/** Words of ours for the checks the server makes at submission, by field; null: show the server's. */
export type FieldWording = 'category' | 'withinCampaign' | 'notFuture' | 'evidence' | 'day' | null;

export function fieldWording(section: Section, field: string | null, message: string): FieldWording {
  if (section === 'rectifications' && field === 'category') return 'category';
  if (section === 'rectifications' && field === 'evidence') return 'evidence';
  const isDay = (section === 'rectifications' && field === 'deadline') || (section === 'institutions' && field === 'issuedOn') || (section === 'trainings' && field === 'heldOn');
  if (!isDay) return null;
  if (/campaign/i.test(message)) return 'withinCampaign';
  return /future/i.test(message) ? 'notFuture' : 'day';
}
