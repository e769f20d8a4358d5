import type { AttachmentUpload } from '../../common/attachments';
import { isValidIdNumber, isValidPhone } from '../../../modules/cases/contract';

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
// Listing the types (not image/*) makes iPhones hand over JPEG instead of HEIC, which the server refuses.
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,application/pdf';

export interface PickedFile extends AttachmentUpload {
  /** A data: URL for the thumbnail (the page's policy allows data: images, not blob:). */
  preview: string | null;
  size: number;
}

export interface ComplaintDraft {
  anonymous: boolean;
  name: string;
  phone: string;
  idNumber: string;
  unitId: number | null;
  category: string;
  title: string;
  body: string;
  photos: PickedFile[];
}

export const EMPTY_DRAFT: ComplaintDraft = { anonymous: true, name: '', phone: '', idNumber: '', unitId: null, category: '', title: '', body: '', photos: [] };

export type DraftField = 'name' | 'phone' | 'idNumber' | 'unitId' | 'category' | 'title' | 'body' | 'photos';
export type DraftErrorKey = 'nameRequired' | 'phoneRequired' | 'phoneInvalid' | 'idInvalid' | 'categoryRequired' | 'titleRequired' | 'bodyRequired' | 'invalid' | 'photoRejected';
export type DraftErrors = Partial<Record<DraftField, DraftErrorKey>>;

/** The checks worth making before sending; in the order the fields appear, so the first error is the topmost. */
export function checkDraft(d: ComplaintDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.anonymous) {
    if (!d.name.trim()) errors.name = 'nameRequired';
    if (!d.phone.trim()) errors.phone = 'phoneRequired';
    else if (!isValidPhone(d.phone.trim())) errors.phone = 'phoneInvalid';
    if (d.idNumber.trim() && !isValidIdNumber(d.idNumber)) errors.idNumber = 'idInvalid';
  }
  if (!d.category) errors.category = 'categoryRequired';
  if (!d.title.trim()) errors.title = 'titleRequired';
  if (!d.body.trim()) errors.body = 'bodyRequired';
  return errors;
}

/**
 * The errors still shown once the citizen changes some fields: a changed field's error is
 * checked again at once (gone when corrected, updated when still wrong); the others stay until
 * their own field changes. Switching between anonymous and named changes the identity fields.
 */
export function recheck(errors: DraftErrors, draft: ComplaintDraft, changed: readonly (keyof ComplaintDraft)[]): DraftErrors {
  const touched = new Set<string>(changed.includes('anonymous') ? [...changed, 'name', 'phone', 'idNumber'] : changed);
  const now = checkDraft(draft);
  const next: DraftErrors = {};
  for (const [field, error] of Object.entries(errors) as [DraftField, DraftErrorKey][]) {
    const still = touched.has(field) ? now[field] : error;
    if (still) next[field] = still;
  }
  return next;
}

/** The body of POST /api/public/cases. Anonymous means no identity at all is sent, even if typed before switching. */
export function complaintBody(d: ComplaintDraft) {
  const reporter = d.anonymous
    ? undefined
    : { name: d.name.trim(), phone: d.phone.trim(), ...(d.idNumber.trim() ? { idNumber: d.idNumber.trim().toUpperCase() } : {}) };
  return {
    anonymous: d.anonymous,
    ...(reporter ? { reporter } : {}),
    ...(d.unitId ? { unitId: d.unitId } : {}),
    category: d.category,
    title: d.title.trim(),
    body: d.body.trim(),
    attachments: d.photos.map(({ filename, contentBase64 }) => ({ filename, contentBase64 })),
  };
}

const SERVER_FIELDS: Record<string, DraftField> = {
  'reporter.name': 'name',
  'reporter.phone': 'phone',
  'reporter.idNumber': 'idNumber',
  unitId: 'unitId',
  category: 'category',
  title: 'title',
  body: 'body',
};

/** The server's field errors placed on the form's fields (its English is replaced by our words). */
export function serverErrors(errors: { path: string | (string | number)[]; message: string }[]): DraftErrors {
  const placed: DraftErrors = {};
  for (const error of errors) {
    const path = (Array.isArray(error.path) ? error.path.join('.') : error.path).replace(/^body\./, '');
    if (path.startsWith('attachments')) placed.photos = 'photoRejected';
    else if (path === 'reporter.idNumber') placed.idNumber = 'idInvalid';
    else if (path === 'reporter.phone') placed.phone = 'phoneInvalid';
    else if (SERVER_FIELDS[path]) placed[SERVER_FIELDS[path]] = 'invalid';
  }
  return placed;
}
