import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Queryable } from '../../core/db/client.js';
import { caseAttachments } from './tables.js';
import { badRequest } from '../../core/errors.js';
import { scrubOoxml, scrubPdf } from './scrub.js';
import { databaseStorage, type AttachmentStorage } from './storage.js';

/** What may be attached, recognised by content, never by the file name. */
const ALLOWED = new Map<string, 'image' | 'document'>([
  ['image/jpeg', 'image'],
  ['image/png', 'image'],
  ['image/webp', 'image'],
  ['image/gif', 'image'],
  ['application/pdf', 'document'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'document'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'document'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'document'],
  ['application/x-cfb', 'document'], // legacy .doc / .xls / .ppt
]);

export type PreparedAttachment = {
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  /**
   * A copy without EXIF/GPS, authors and other metadata, the only one units get; null when the
   * file cannot be cleaned (a legacy .doc/.xls/.ppt, an encrypted or damaged PDF): units are then
   * refused it, and the office must attach a cleaned copy.
   */
  unitCopy: Buffer | null;
};

export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Decodes, checks by content and size, and strips image and document metadata for the units' copy. */
export async function prepareAttachment(
  input: { filename: string; contentBase64: string },
  path: string,
  maxBytes: number,
): Promise<PreparedAttachment> {
  if (!/^[A-Za-z0-9+/=\s]+$/.test(input.contentBase64)) throw badRequest('The attachment is not base64', [{ path: `${path}.contentBase64`, message: 'is not base64' }]);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw badRequest('The attachment is empty', [{ path: `${path}.contentBase64`, message: 'is empty' }]);
  if (content.length > maxBytes) {
    throw badRequest(`The attachment is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, [{ path, message: `is larger than ${maxBytes} bytes` }]);
  }
  const type = await fileTypeFromBuffer(content);
  const kind = type ? ALLOWED.get(type.mime) : undefined;
  if (!type || !kind) {
    throw badRequest('Only images, PDF and Office documents may be attached', [
      { path, message: `content is ${type?.mime ?? 'not a recognised file type'}; allowed: images, PDF, Office documents` },
    ]);
  }
  let unitCopy: Buffer | null = null;
  if (kind === 'image') {
    try {
      // sharp writes no metadata unless asked: the copy loses EXIF, GPS, XMP and ICC comments.
      unitCopy = await sharp(content, { animated: type.mime === 'image/gif', limitInputPixels: 100_000_000 }).rotate().toBuffer();
    } catch {
      throw badRequest('The image cannot be read', [{ path, message: 'is a damaged or unsupported image' }]);
    }
  } else if (type.mime === 'application/pdf') {
    unitCopy = await scrubPdf(content);
  } else if (type.mime.startsWith('application/vnd.openxmlformats-officedocument.')) {
    unitCopy = scrubOoxml(content);
  }
  // Legacy OLE documents (application/x-cfb) keep their summary information in binary property
  // streams no well-kept library rewrites reliably: no unit copy, units are refused them.
  return {
    filename: input.filename,
    mime: type.mime,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    unitCopy,
  };
}

/** Records a case's attachments, their bytes kept through the configured storage. */
export async function saveAttachments(
  tx: Queryable,
  caseId: number,
  eventId: number | null,
  userId: number | null,
  uploaderKind: string,
  files: PreparedAttachment[],
  storage: AttachmentStorage = databaseStorage,
): Promise<void> {
  for (const a of files) {
    await tx.insert(caseAttachments).values({
      caseId,
      eventId,
      filename: a.filename,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      storage: storage.kind,
      content: await storage.put(a.content),
      unitCopy: a.unitCopy ? await storage.put(a.unitCopy) : null,
      uploadedBy: userId,
      uploaderKind,
    });
  }
}
