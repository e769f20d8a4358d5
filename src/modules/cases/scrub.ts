import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

/**
 * Copies of documents without what names the people who wrote them, for the units a case is
 * assigned to: a reporter's Word file carries their name as its author, in tracked changes and in
 * comments. Each function returns null when it cannot clean the file (damaged, encrypted, too
 * large unpacked): units then get no copy, the office still has the original.
 */

const OOXML_MAX_UNPACKED = 200 * 1024 * 1024;

/** Parts that are nothing but metadata about people, or comments by them, removed whole. */
const DROPPED_PARTS = [
  /^docProps\/custom\.xml$/,
  /^customXml\//, // SharePoint and other custom properties (author, editor)
  /^word\/(comments|commentsExtended|commentsIds|commentsExtensible|people)\.xml$/,
  /^xl\/comments[^/]*\.xml$/,
  /^xl\/threadedComments\//,
  /^xl\/persons\//,
  /^xl\/revisions\//, // a shared workbook's change log, with user names
  /^ppt\/comments\//,
  /^ppt\/(commentAuthors|authors)\.xml$/,
];

/** Emptied rather than removed: every package points to them. */
const EMPTY_CORE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"/>';
const EMPTY_APP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>';

/** Where a relationship's target lies in the package, from the .rels file that names it. */
function resolveTarget(relsPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const source = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
  const parts = (source + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The part a .rels file belongs to (`word/_rels/document.xml.rels` → `word/document.xml`). */
const sourceOf = (relsPath: string) => relsPath.replace(/_rels\/([^/]*)\.rels$/, '$1');

/** A docx, xlsx or pptx without its authors, comments and custom properties. */
export function scrubOoxml(input: Buffer): Buffer | null {
  let files: Unzipped;
  try {
    let unpacked = 0;
    files = unzipSync(input, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (unpacked > OOXML_MAX_UNPACKED) throw new Error('too large unpacked');
        return true;
      },
    });
  } catch {
    return null;
  }
  const dropped = new Set(Object.keys(files).filter((p) => DROPPED_PARTS.some((re) => re.test(p))));
  // A spreadsheet's legacy comment boxes are VML drawings its comments share a sheet with.
  for (const rels of Object.keys(files).filter((p) => /^xl\/worksheets\/_rels\/.*\.rels$/.test(p))) {
    const targets = [...strFromU8(files[rels] as Uint8Array).matchAll(/Target="([^"]*)"/g)].map((m) => resolveTarget(rels, m[1] as string));
    if (targets.some((t) => dropped.has(t))) targets.filter((t) => /vmlDrawing[^/]*\.vml$/.test(t)).forEach((t) => dropped.add(t));
  }
  for (const p of dropped) delete files[p];

  // Relationships to the removed parts, and elements that point to them by r:id.
  const removedIds = new Map<string, Set<string>>();
  for (const rels of Object.keys(files).filter((p) => p.endsWith('.rels'))) {
    const ids = new Set<string>();
    const text = strFromU8(files[rels] as Uint8Array).replace(/<Relationship\b[^>]*?\/>/g, (rel) => {
      const target = /Target="([^"]*)"/.exec(rel)?.[1];
      const external = /TargetMode="External"/.test(rel);
      if (!target || external || !dropped.has(resolveTarget(rels, target))) return rel;
      const id = /Id="([^"]*)"/.exec(rel)?.[1];
      if (id) ids.add(id);
      return '';
    });
    files[rels] = strToU8(text);
    if (ids.size) removedIds.set(sourceOf(rels), ids);
  }

  for (const [path, data] of Object.entries(files)) {
    if (!/\.(xml|rels|vml)$/.test(path)) continue;
    let text = strFromU8(data);
    if (path === 'docProps/core.xml') text = EMPTY_CORE;
    else if (path === 'docProps/app.xml') text = EMPTY_APP;
    else if (path === '[Content_Types].xml') {
      text = text.replace(/<Override\b[^>]*PartName="\/([^"]*)"[^>]*\/>/g, (o, part: string) => (dropped.has(part) ? '' : o));
    } else {
      // Who made a tracked change or a comment (w:ins, w:del, w:rPrChange, w:pPrChange …), and a
      // template path that holds a user name.
      text = text
        .replace(/\b(w:author|w:initials|w15:author|w15:userId)="[^"]*"/g, '$1=""')
        .replace(/<w:attachedTemplate\b[^>]*\/>/g, '')
        // Anchors of the removed comments in the text.
        .replace(/<w:comment(RangeStart|RangeEnd|Reference)\b[^>]*\/>/g, '');
      for (const id of removedIds.get(path) ?? []) {
        text = text.replace(new RegExp(`<[A-Za-z0-9:]+\\b[^>]*\\br:id="${id}"[^>]*/>`, 'g'), '');
      }
    }
    files[path] = strToU8(text);
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** Keys of any dictionary that carry metadata about people, or their private application data. */
const PDF_DROPPED_KEYS = ['Metadata', 'PieceInfo'].map((k) => PDFName.of(k));
const [TYPE, ANNOT, SUBTYPE, WIDGET, RECT, AUTHOR] = ['Type', 'Annot', 'Subtype', 'Widget', 'Rect', 'T'].map((k) => PDFName.of(k)) as PDFName[];

function cleanDict(dict: PDFDict): void {
  for (const key of PDF_DROPPED_KEYS) dict.delete(key);
  // An annotation's /T is its author; a form field's (a widget's) /T is the field's name, kept.
  const subtype = dict.get(SUBTYPE as PDFName);
  const annotation = dict.get(TYPE as PDFName) === ANNOT || (subtype !== undefined && dict.has(RECT as PDFName));
  if (annotation && subtype !== WIDGET) dict.delete(AUTHOR as PDFName);
}

/**
 * A PDF without its Info dictionary (Author, Creator, Producer, Title, Subject, Keywords), its XMP
 * metadata streams and its annotations' authors (/T). pdf-lib writes every object it read, so
 * after removing those it drops every object nothing reachable refers to any more (old
 * revisions' Info dictionaries included).
 */
export async function scrubPdf(input: Buffer): Promise<Buffer | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(input, { updateMetadata: false });
  } catch {
    return null; // encrypted or damaged
  }
  const { context } = doc;
  context.trailerInfo.Info = undefined;
  // Walk what the catalogue reaches, cleaning every dictionary on the way (annotations are often
  // direct objects in a page's /Annots), then drop every object not reached.
  const reached = new Set<string>();
  const root = context.trailerInfo.Root;
  if (!root) return null;
  const queue: PDFObject[] = [root];
  while (queue.length) {
    const o = queue.pop();
    if (o instanceof PDFRef) {
      if (reached.has(o.tag)) continue;
      reached.add(o.tag);
      const target = context.lookup(o);
      if (target) queue.push(target);
    } else if (o instanceof PDFStream) queue.push(o.dict);
    else if (o instanceof PDFDict) {
      cleanDict(o);
      queue.push(...o.values());
    } else if (o instanceof PDFArray) queue.push(...o.asArray());
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.tag)) context.delete(ref);
  try {
    return Buffer.from(await doc.save({ updateFieldAppearances: false }));
  } catch {
    return null;
  }
}
