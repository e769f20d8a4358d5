import { z } from 'zod';
import { RECTIFICATION_STATUSES, institutionItem, rectificationItem, trainingItem, type RectificationState, type RectificationStatus, type ReportContent } from './types';

/**
 * A report as the page edits it: items may be half written (a field still empty). The server
 * takes only whole items (the contract's schemas), so a draft is saved with the complete ones and
 * the rest stays in the browser's copy until finished.
 */
export interface DraftRectification {
  key: string;
  category?: string;
  description?: string;
  measure?: string;
  responsible?: string;
  deadline?: string;
  status?: RectificationStatus;
  evidence?: string;
}
export interface DraftInstitution {
  key: string;
  name?: string;
  documentNo?: string;
  issuedOn?: string;
}
export interface DraftTraining {
  key: string;
  heldOn?: string;
  topic?: string;
  attendance?: number;
}
export interface DraftContent {
  rectifications: DraftRectification[];
  institutions: DraftInstitution[];
  trainings: DraftTraining[];
  summary: string;
}

export const SECTIONS = ['rectifications', 'institutions', 'trainings'] as const;
export type Section = (typeof SECTIONS)[number];

const SCHEMAS = { rectifications: rectificationItem, institutions: institutionItem, trainings: trainingItem } as const;

export const EMPTY_DRAFT: DraftContent = { rectifications: [], institutions: [], trainings: [], summary: '' };

/** The report's content as the page edits it. */
export function draftOf(content: ReportContent): DraftContent {
  return {
    rectifications: content.rectifications.map((item) => ({ ...item })),
    institutions: content.institutions.map((item) => ({ ...item })),
    trainings: content.trainings.map((item) => ({ ...item })),
    summary: content.summary,
  };
}

/** An item without its empty values: blank text, null and undefined are no value. */
function withoutBlanks(item: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')));
}

/** Whether one item is whole: what the server would take. */
export function isComplete(section: Section, item: object): boolean {
  return SCHEMAS[section].safeParse(withoutBlanks(item)).success;
}

/**
 * What can be saved now: the whole items (trimmed, optional blanks left out, in the contract's
 * order of fields) and the summary; `incomplete` counts the items left out.
 */
export function sendable(draft: DraftContent): { content: ReportContent; incomplete: number } {
  let incomplete = 0;
  const whole = <T>(section: Section, items: readonly object[]): T[] =>
    items.flatMap((item) => {
      const parsed = SCHEMAS[section].safeParse(withoutBlanks(item));
      if (parsed.success) return [parsed.data as T];
      incomplete += 1;
      return [];
    });
  const content: ReportContent = {
    rectifications: whole('rectifications', draft.rectifications),
    institutions: whole('institutions', draft.institutions),
    trainings: whole('trainings', draft.trainings),
    summary: draft.summary.trim(),
  };
  return { content, incomplete };
}

/** The content written out the same way whatever its source, to tell whether two are the same. */
export function contentJson(content: ReportContent): string {
  return JSON.stringify(sendable(draftOf(content)).content);
}

/** Whether the page's draft holds nothing the server's content does not. */
export function sameAsServer(draft: DraftContent, server: ReportContent): boolean {
  const { content, incomplete } = sendable(draft);
  return incomplete === 0 && JSON.stringify(content) === contentJson(server);
}

/** The browser's copy of a draft: the server revision it started from, when it was written, what it holds. */
export interface StoredDraft {
  baseRevision: number;
  savedAt: number;
  content: DraftContent;
}

const text = z.string().optional().catch(undefined);
const looseKey = z.string().min(1);
const storedDraft = z.object({
  baseRevision: z.number().int().min(0),
  savedAt: z.number(),
  content: z.object({
    rectifications: z
      .array(
        z.object({
          key: looseKey,
          category: text,
          description: text,
          measure: text,
          responsible: text,
          deadline: text,
          status: z.enum(RECTIFICATION_STATUSES).optional().catch(undefined),
          evidence: text,
        }),
      )
      .catch([]),
    institutions: z.array(z.object({ key: looseKey, name: text, documentNo: text, issuedOn: text })).catch([]),
    trainings: z.array(z.object({ key: looseKey, heldOn: text, topic: text, attendance: z.number().optional().catch(undefined) })).catch([]),
    summary: z.string().catch(''),
  }),
});

/** The browser's copy as read back from storage; null when there is none or it is not one. */
export function parseStoredDraft(stored: string | null): StoredDraft | null {
  if (!stored) return null;
  try {
    const parsed = storedDraft.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * What to do with the browser's copy of a draft when the report is opened:
 * - none: there is no copy (or the report cannot be edited now);
 * - drop: it holds nothing the server has not got;
 * - restore: it holds changes made on top of the server's current revision (a save failed, or the
 *   page was closed before it ran): take it up again, and save it;
 * - offer: the server's revision moved on since the copy was made (someone saved from elsewhere):
 *   ask which one to keep.
 */
export function localDraftChoice(server: { revision: number; content: ReportContent; canEdit: boolean }, local: StoredDraft | null): 'none' | 'drop' | 'restore' | 'offer' {
  if (!local) return 'none';
  if (!server.canEdit) return 'drop';
  if (sameAsServer(local.content, server.content)) return 'drop';
  return local.baseRevision === server.revision ? 'restore' : 'offer';
}

/** A rectification's state on a day, as the server works it out: past its deadline and not done is overdue. */
export function rectificationState(item: Pick<DraftRectification, 'status' | 'deadline'>, today: string): RectificationState | null {
  if (!item.status) return null;
  if (item.status !== 'done' && item.deadline !== undefined && item.deadline !== '' && item.deadline < today) return 'overdue';
  return item.status;
}
