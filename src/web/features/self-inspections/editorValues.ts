import dayjs, { type Dayjs } from 'dayjs';
import type { DraftContent } from './draft';
import type { RectificationStatus } from './types';

/** The editor form's values: days as the date pickers hold them. */
export interface RectificationValues {
  key: string;
  category?: string;
  description?: string;
  measure?: string;
  responsible?: string;
  deadline?: Dayjs | null;
  status?: RectificationStatus;
  evidence?: string;
}
export interface InstitutionValues {
  key: string;
  name?: string;
  documentNo?: string;
  issuedOn?: Dayjs | null;
}
export interface TrainingValues {
  key: string;
  heldOn?: Dayjs | null;
  topic?: string;
  attendance?: number | null;
}
export interface EditorValues {
  rectifications: RectificationValues[];
  institutions: InstitutionValues[];
  trainings: TrainingValues[];
  summary: string;
}

const toDay = (value: string | undefined): Dayjs | null => (value ? dayjs(value) : null);
const fromDay = (value: Dayjs | null | undefined): string | undefined => (value && value.isValid() ? value.format('YYYY-MM-DD') : undefined);

/** The form's values for a draft. */
export function formValuesOf(draft: DraftContent): EditorValues {
  return {
    rectifications: draft.rectifications.map((item) => ({ ...item, deadline: toDay(item.deadline) })),
    institutions: draft.institutions.map((item) => ({ ...item, issuedOn: toDay(item.issuedOn) })),
    trainings: draft.trainings.map((item) => ({ ...item, heldOn: toDay(item.heldOn) })),
    summary: draft.summary,
  };
}

/** The draft the form's values make (the form may hold lists not yet filled in at all). */
export function draftOfValues(values: Partial<EditorValues>): DraftContent {
  return {
    rectifications: (values.rectifications ?? []).map((item) => ({ ...item, deadline: fromDay(item.deadline) })),
    institutions: (values.institutions ?? []).map((item) => ({ ...item, issuedOn: fromDay(item.issuedOn) })),
    trainings: (values.trainings ?? []).map(({ attendance, ...item }) => ({ ...item, heldOn: fromDay(item.heldOn), attendance: attendance ?? undefined })),
    summary: values.summary ?? '',
  };
}

/** The keys of the items in a draft, so that a new item's key differs from all of them. */
export function usedKeys(draft: DraftContent): Set<string> {
  return new Set([...draft.rectifications, ...draft.institutions, ...draft.trainings].map((item) => item.key));
}
