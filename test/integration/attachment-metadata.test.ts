import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, StandardFonts, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

/**
 * Finding 2: a reporter's document names them in its metadata (author, last editor, company,
 * tracked changes, comments); the unit a case is assigned to must get a copy without any of it,
 * while the office keeps the original. Real files, built here with every field set.
 */

const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Names that identify the reporter, one per place metadata hides. */
const SECRET = {
  creator: 'ZhangSanCreator',
  lastModifiedBy: 'ZhangSanEditor',
  title: 'ZhangSanTitle',
  company: 'ZhangSanCompany',
  manager: 'ZhangSanManager',
  custom: 'ZhangSanCustomProp',
  insAuthor: 'ZhangSanInsAuthor',
  delAuthor: 'ZhangSanDelAuthor',
  changeAuthor: 'ZhangSanRprAuthor',
  initials: 'ZSINIT',
  commentAuthor: 'ZhangSanCommenter',
  commentText: 'ZhangSanCommentText',
  person: 'ZhangSanPerson',
};

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;

function docProps(): Record<string, string> {
  return {
    'docProps/core.xml': xml(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${SECRET.creator}</dc:creator><cp:lastModifiedBy>${SECRET.lastModifiedBy}</cp:lastModifiedBy><dc:title>${SECRET.title}</dc:title></cp:coreProperties>`,
    ),
    'docProps/app.xml': xml(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${SECRET.company}</Company><Manager>${SECRET.manager}</Manager></Properties>`),
    'docProps/custom.xml': xml(
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Reporter"><vt:lpwstr>${SECRET.custom}</vt:lpwstr></property></Properties>`,
    ),
  };
}

const packageRels = (main: string) =>
  xml(
    `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${main}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
  );

const propOverrides =
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>';

/** [Content_Types].xml first, as Office writes it (and as content sniffing expects). */
function zip(parts: Record<string, string>): Buffer {
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(parts['[Content_Types].xml'] as string) };
  for (const [k, v] of Object.entries(parts)) if (k !== '[Content_Types].xml') ordered[k] = strToU8(v);
  return Buffer.from(zipSync(ordered));
}

function docx(): Buffer {
  return zip({
    '[Content_Types].xml': xml(
      `<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/>${propOverrides}</Types>`,
    ),
    '_rels/.rels': packageRels('word/document.xml'),
    ...docProps(),
    'word/_rels/document.xml.rels': xml(
      `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/people" Target="people.xml"/></Relationships>`,
    ),
    'word/document.xml': xml(
      `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:commentRangeStart w:id="0"/><w:r><w:t>DOCX-BODY-TEXT 窗口乱收费</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>` +
        `<w:ins w:id="1" w:author="${SECRET.insAuthor}" w:date="2011-05-01T00:00:00Z"><w:r><w:t>DOCX-INSERTED</w:t></w:r></w:ins>` +
        `<w:del w:id="2" w:author="${SECRET.delAuthor}" w:date="2011-05-01T00:00:00Z"><w:r><w:delText>gone</w:delText></w:r></w:del>` +
        `<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="${SECRET.changeAuthor}" w:date="2011-05-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>bold</w:t></w:r></w:p></w:body></w:document>`,
    ),
    'word/comments.xml': xml(
      `<w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="${SECRET.commentAuthor}" w:initials="${SECRET.initials}"><w:p><w:r><w:t>${SECRET.commentText}</w:t></w:r></w:p></w:comment></w:comments>`,
    ),
    'word/people.xml': xml(`<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="${SECRET.person}"/></w15:people>`),
  });
}

function xlsx(): Buffer {
  return zip({
    '[Content_Types].xml': xml(
      `<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>${propOverrides}</Types>`,
    ),
    '_rels/.rels': packageRels('xl/workbook.xml'),
    ...docProps(),
    'xl/workbook.xml': xml(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': xml(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>XLSX-BODY-TEXT</t></is></c></row></sheetData><legacyDrawing r:id="rId2"/></worksheet>`,
    ),
    'xl/worksheets/_rels/sheet1.xml.rels': xml(
      `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`,
    ),
    'xl/comments1.xml': xml(
      `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${SECRET.commentAuthor}</author></authors><commentList><comment ref="A1" authorId="0"><text><t>${SECRET.commentText}</t></text></comment></commentList></comments>`,
    ),
    'xl/drawings/vmlDrawing1.vml': `<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox>${SECRET.commentText}</v:textbox></v:shape></xml>`,
    'xl/threadedComments/threadedComment1.xml': xml(
      `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A1" personId="{1}"><text>${SECRET.commentText}</text></threadedComment></ThreadedComments>`,
    ),
    'xl/persons/person.xml': xml(`<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="${SECRET.person}" id="{1}"/></personList>`),
  });
}

function pptx(): Buffer {
  return zip({
    '[Content_Types].xml': xml(
      `<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/><Override PartName="/ppt/commentAuthors.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml"/><Override PartName="/ppt/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.comments+xml"/>${propOverrides}</Types>`,
    ),
    '_rels/.rels': packageRels('ppt/presentation.xml'),
    ...docProps(),
    'ppt/presentation.xml': xml(`<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="${R}"><p:sldIdLst><p:sldId id="256" r:id="rId1"/></p:sldIdLst></p:presentation>`),
    'ppt/_rels/presentation.xml.rels': xml(
      `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/slide" Target="slides/slide1.xml"/><Relationship Id="rId2" Type="${R}/commentAuthors" Target="commentAuthors.xml"/></Relationships>`,
    ),
    'ppt/slides/slide1.xml': xml(
      `<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>PPTX-BODY-TEXT</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    ),
    'ppt/slides/_rels/slide1.xml.rels': xml(`<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/comments" Target="../comments/comment1.xml"/></Relationships>`),
    'ppt/commentAuthors.xml': xml(
      `<p:cmAuthorLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cmAuthor id="0" name="${SECRET.commentAuthor}" initials="${SECRET.initials}"/></p:cmAuthorLst>`,
    ),
    'ppt/comments/comment1.xml': xml(`<p:cmLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cm authorId="0"><p:text>${SECRET.commentText}</p:text></p:cm></p:cmLst>`),
  });
}

const PDF_SECRET = { author: 'PdfAuthorZhang', creator: 'PdfCreatorZhang', producer: 'PdfProducerZhang', title: 'PdfTitleZhang', subject: 'PdfSubjectZhang', keywords: 'PdfKeywordZhang', xmp: 'PdfXmpZhang', annot: 'PdfAnnotAuthorZhang' };

/** A PDF with every Info field, an XMP stream and a text annotation signed /T. Uncompressed, so the bytes can be searched. */
async function pdf(): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([300, 200]);
  page.drawText('PDF-BODY-TEXT', { x: 20, y: 100, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  doc.setAuthor(PDF_SECRET.author);
  doc.setCreator(PDF_SECRET.creator);
  doc.setProducer(PDF_SECRET.producer);
  doc.setTitle(PDF_SECRET.title);
  doc.setSubject(PDF_SECRET.subject);
  doc.setKeywords([PDF_SECRET.keywords]);
  const xmp = doc.context.stream(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${PDF_SECRET.xmp}</dc:creator></x:xmpmeta>`, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  const annot = doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [10, 10, 30, 30], Contents: PDFString.of('note'), T: PDFString.of(PDF_SECRET.annot) });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/**
 * Everything a PDF holds, readable: its raw bytes, every object as pdf-lib reads it back (object
 * streams unpacked), every string decoded (Info values are UTF-16 hex) and every stream inflated.
 */
async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: string[] = [bytes.toString('latin1')];
  const walk = (o: PDFObject | undefined): void => {
    if (o instanceof PDFString || o instanceof PDFHexString) out.push(o.decodeText());
    else if (o instanceof PDFDict) o.values().forEach(walk);
    else if (o instanceof PDFArray) o.asArray().forEach(walk);
    else if (o instanceof PDFRawStream) {
      walk(o.dict);
      out.push(Buffer.from(decodePDFRawStream(o).decode()).toString('latin1'));
    }
  };
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    out.push(o.toString());
    walk(o);
  }
  return out.join('\n');
}

/** Every entry of a zip as text, or the bytes as latin1 (PDF strings are bytes). */
const textOf = (bytes: Buffer, zipped: boolean) =>
  zipped ? Object.values(unzipSync(bytes)).map((b) => strFromU8(b)).join('\n') : bytes.toString('latin1');

describe(`attachment metadata for units (${engine})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  let office: Client;
  let liaison: Client;
  let caseId: number;
  let attachments: { id: number; filename: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    const units = (await t.client().get('/api/units')).body as { id: number; name: string }[];
    const unitId = units.find((u) => u.name === '市环保局环评处')?.id as number;
    office = t.client();
    await office.login(await t.user('office_staff'));
    liaison = t.client();
    await liaison.login(await t.user('unit_liaison', { unit: '市环保局' }));
    const files = [
      { filename: '举报材料.docx', contentBase64: docx().toString('base64') },
      { filename: '台账.xlsx', contentBase64: xlsx().toString('base64') },
      { filename: '汇报.pptx', contentBase64: pptx().toString('base64') },
      { filename: '举报信.pdf', contentBase64: (await pdf()).toString('base64') },
      // A legacy .doc: an OLE compound file (its header is enough for the content check).
      { filename: '旧格式.doc', contentBase64: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)]).toString('base64') },
    ];
    const filed = await office.post('/api/cases', {
      channel: 'letter', detail: {}, category: 'graft', unitId, title: '来信附材料', body: '来信反映窗口乱收费，附材料。', attachments: files,
    });
    expect(filed.status).toBe(201);
    caseId = filed.body.id;
    expect((await office.post(`/api/cases/${caseId}/accept`, {})).status).toBe(200);
    expect((await office.post(`/api/cases/${caseId}/assign`, {})).body.status).toBe('assigned');
    attachments = (await liaison.get(`/api/cases/${caseId}`)).body.attachments;
    expect(attachments).toHaveLength(5);
  });
  afterAll(() => t.close());

  const download = async (who: Client, name: string) => {
    const a = attachments.find((x) => x.filename === name);
    const res = await fetch(`${t.url}/api/cases/${caseId}/attachments/${a?.id}`, { headers: { cookie: who.cookie ?? '' } });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it.each([
    ['举报材料.docx', ['DOCX-BODY-TEXT', '窗口乱收费', 'DOCX-INSERTED']],
    ['台账.xlsx', ['XLSX-BODY-TEXT']],
    ['汇报.pptx', ['PPTX-BODY-TEXT']],
  ])('gives the unit %s without authors, comments or custom properties, its text intact', async (name, texts) => {
    const original = textOf((await download(office, name)).bytes, true);
    const copy = await download(liaison, name);
    expect(copy.status).toBe(200);
    const text = textOf(copy.bytes, true);
    const present = Object.values(SECRET).filter((s) => original.includes(s));
    expect(present.length).toBeGreaterThan(4); // the office's original still has them
    for (const s of Object.values(SECRET)) expect(text).not.toContain(s);
    for (const s of texts) expect(text).toContain(s);
    // Still a package: no relationship or content type points to a removed part.
    const parts = Object.keys(unzipSync(copy.bytes));
    expect(parts).toContain('[Content_Types].xml');
    expect(text).not.toMatch(/comments|people|persons|custom\.xml|commentAuthors|vmlDrawing1/);
    expect(parts.filter((p) => /comment|people|person|custom|vml/i.test(p))).toEqual([]);
  });

  it('gives the unit a PDF without its Info dictionary, XMP metadata or annotation authors', async () => {
    const original = await pdfText((await download(office, '举报信.pdf')).bytes);
    for (const s of Object.values(PDF_SECRET)) expect(original).toContain(s);
    const copy = await download(liaison, '举报信.pdf');
    expect(copy.status).toBe(200);
    expect(copy.type).toBe('application/pdf');
    const text = await pdfText(copy.bytes);
    for (const s of Object.values(PDF_SECRET)) expect(text).not.toContain(s);
    // The page's text, in its content stream (a standard font's glyph codes, in hex).
    expect(text.toUpperCase()).toContain(Buffer.from('PDF-BODY-TEXT').toString('hex').toUpperCase());
    expect(text).toContain('/Annot'); // the annotation stays, without its author
  });

  it('refuses units a legacy .doc it cannot clean, naming why; the office still gets it', async () => {
    const refused = await liaison.get(`/api/cases/${caseId}/attachments/${attachments.find((a) => a.filename === '旧格式.doc')?.id}`);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toMatch(/cleaned copy/);
    expect(refused.body.errors[0].path).toBe('attachmentId');
    expect((await download(office, '旧格式.doc')).status).toBe(200);
  });
});
