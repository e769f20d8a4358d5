import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../core/audit/audit.js';
import { accountabilityOutcomes, caseAttachments, caseMessages } from './tables.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import { currentUser } from '../../core/http/context.js';
import { idempotencyClaim } from '../../core/http/idempotency.js';
import { applyAction, caseForUser } from './actions.js';
import { prepareAttachment, type PreparedAttachment } from './attachments.js';
import { exportCases } from './export.js';
import { databaseStorage } from './storage.js';
import { reporterWith, splitDetail } from './identity.js';
import { reporterBox } from './services.js';
import { fileCaseOnce, type Reporter } from './intake.js';
import { detailOut, filedOut, listItemOut } from './presenters.js';
import { ACTIONS, type Action } from './rules.js';
import { accountabilityBody, actionBodies, listQuery, staffIntakeBody } from './schema.js';
import { caseDetail, countCases, isForeignLiaison, listCases, satisfactionByUnit } from './store.js';
import { getCampaign } from '../plan/store.js';
import { bigIdParam } from '../../core/http/fields.js';

const tags = ['cases'];
const office = ['office_admin', 'office_staff'] as const;
const readers = ['office_admin', 'office_staff', 'leader', 'unit_liaison'] as const;
const idParams = z.object({ id: bigIdParam });
const reporterOut = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  /** Identifying channel details sealed with the reporter: sender, senderAddress, contact, address, lat, long. */
  details: z.record(z.string(), z.string()),
});
const idemHeader = z.object({ 'idempotency-key': z.string().optional() }).loose();

export async function prepareAll(files: { filename: string; contentBase64: string }[], maxBytes: number): Promise<PreparedAttachment[]> {
  return Promise.all(files.map((f, i) => prepareAttachment(f, `attachments[${i}]`, maxBytes)));
}

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const maxBytes = ctx.config.ATTACHMENT_MAX_BYTES;
  const intakeLimit = Math.ceil((maxBytes * 10 * 4) / 3) + 1024 * 1024;

  app.post(
    '/api/cases',
    {
      config: { access: office },
      bodyLimit: intakeLimit,
      schema: { tags, summary: 'Record a complaint or clue taken in by the office (hotline, box, media, letter, visit)', headers: idemHeader, body: staffIntakeBody, response: { 201: filedOut } },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const b = req.body;
      const files = await prepareAll(b.attachments, maxBytes);
      const { open, identifying } = splitDetail(b.channel, b.detail);
      const filed = await fileCaseOnce(
        ctx,
        req.actor,
        {
          channel: b.channel,
          detail: open,
          reporter: reporterWith(b.reporter, identifying),
          unitId: b.unitId,
          personsConcerned: b.personsConcerned,
          category: b.category,
          secondaryCategories: b.secondaryCategories,
          title: b.title,
          body: b.body,
          receivedAt: b.receivedAt ? new Date(b.receivedAt) : undefined,
          attachments: files,
        },
        idempotencyClaim(`user:${user.id}`, req.headers['idempotency-key'], b),
      );
      if (filed.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send({ id: filed.id, code: filed.code });
    },
  );

  app.get(
    '/api/cases',
    { config: { access: readers }, schema: { tags, summary: 'Cases, filtered and searched, in pages (a liaison sees its own unit’s only)', querystring: listQuery, response: { 200: z.object({ items: z.array(listItemOut), nextCursor: z.string().nullable() }) } } },
    async (req) => listCases(ctx.db, currentUser(req), req.query, await ctx.calendar.get()),
  );

  app.get(
    '/api/cases/counts',
    { config: { access: readers }, schema: { tags, summary: 'How many cases per status, overdue and due soon (within what the user may see)', response: { 200: z.object({ byStatus: z.record(z.string(), z.number()), overdue: z.number(), dueSoon: z.number() }) } } },
    async (req) => countCases(ctx.db, currentUser(req), await ctx.calendar.get()),
  );

  app.get(
    '/api/cases/satisfaction',
    {
      config: { access: ['office_admin', 'office_staff', 'leader'] },
      schema: {
        tags,
        summary: 'Follow-up satisfaction per handling unit in the current campaign (for the assessment)',
        response: { 200: z.array(z.object({ unitId: z.number(), satisfied: z.number(), basically_satisfied: z.number(), unsatisfied: z.number(), total: z.number(), rate: z.number().nullable() })) },
      },
    },
    async () => satisfactionByUnit(ctx.db, (await getCampaign(ctx.db)).id),
  );

  app.get(
    '/api/cases/export.xlsx',
    { config: { access: readers }, schema: { tags, summary: 'The filtered list as an Excel workbook', querystring: listQuery.omit({ cursor: true, limit: true }) } },
    async (req, reply) => {
      const user = currentUser(req);
      const buffer = await exportCases(ctx.db, user, req.query, await ctx.calendar.get());
      await audit(ctx.db, req.actor, { action: 'case.export', objectType: 'case', detail: { filters: req.query } });
      ctx.sealer.kick();
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="cases.xlsx"; filename*=UTF-8''${encodeURIComponent('案件清单.xlsx')}`)
        .send(buffer);
    },
  );

  app.get(
    '/api/cases/:id',
    { config: { access: readers }, schema: { tags, summary: 'One case with its timeline, attachments, messages and the steps this user may take', params: idParams, response: { 200: detailOut } } },
    async (req) => {
      const user = currentUser(req);
      const [c, cal] = await Promise.all([caseForUser(ctx.db, user, req.params.id), ctx.calendar.get()]);
      // The view is recorded whether or not the answer reaches the reader, so both go together.
      const [detail] = await Promise.all([caseDetail(ctx.db, user, c, cal), audit(ctx.db, req.actor, { action: 'case.view', objectType: 'case', objectId: c.id })]);
      ctx.sealer.kick();
      return detail;
    },
  );

  app.get(
    '/api/cases/:id/reporter',
    {
      config: { access: office },
      schema: { tags, summary: "The reporter's identity (each view is audited)", params: idParams, response: { 200: reporterOut } },
    },
    async (req) => {
      const c = await caseForUser(ctx.db, currentUser(req), req.params.id);
      if (!c.reporterSealed) throw notFound('The reporter is anonymous');
      const r = JSON.parse(reporterBox(ctx.config).open(c.reporterSealed)) as Reporter;
      await audit(ctx.db, req.actor, { action: 'case.reporter_view', objectType: 'case', objectId: c.id });
      ctx.sealer.kick();
      return { name: r.name ?? null, phone: r.phone ?? null, idNumber: r.idNumber ?? null, details: r.details ?? {} };
    },
  );

  for (const action of ACTIONS) {
    app.post(
      `/api/cases/:id/${action.replace(/_/g, '-')}`,
      {
        config: { access: readers },
        bodyLimit: action === 'respond' ? intakeLimit : 1024 * 1024,
        schema: { tags, summary: `Case step: ${action}`, params: idParams, body: actionBodies[action], response: { 200: detailOut } },
      },
      async (req) => {
        const user = currentUser(req);
        const body = req.body as { attachments?: { filename: string; contentBase64: string }[] };
        const files = action === 'respond' ? await prepareAll(body.attachments ?? [], maxBytes) : [];
        await ctx.db.transaction((tx) => applyAction(tx, user, req.actor, req.params.id, action as Action, req.body as never, files));
        ctx.sealer.kick();
        const c = await caseForUser(ctx.db, user, req.params.id).catch(() => null);
        if (!c) throw notFound('No such case');
        return caseDetail(ctx.db, user, c, await ctx.calendar.get());
      },
    );
  }

  app.post(
    '/api/cases/:id/accountability',
    {
      config: { access: ['office_admin', 'office_staff', 'leader'] },
      schema: { tags, summary: 'Record an accountability outcome (问责) on a substantiated case', params: idParams, body: accountabilityBody, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const id = await ctx.db.transaction(async (tx) => {
        const c = await caseForUser(tx, user, req.params.id, true);
        if (c.substantiated !== 'yes' && c.substantiated !== 'partly') {
          throw new AppError(409, 'not_substantiated', 'Accountability is recorded on substantiated cases only', [{ path: 'substantiated', message: `is ${c.substantiated ?? 'not yet known'}` }]);
        }
        const b = req.body;
        const [row] = await tx
          .insert(accountabilityOutcomes)
          .values({
            caseId: c.id,
            targetKind: b.targetKind,
            personName: b.personName ?? null,
            personPosition: b.personPosition ?? null,
            unitId: b.unitId ?? null,
            outcome: b.outcome,
            decisionDate: b.decisionDate,
            documentNo: b.documentNo,
            decidedBy: b.decidedBy,
            createdBy: user.id,
          })
          .returning({ id: accountabilityOutcomes.id });
        await audit(tx, req.actor, { action: 'case.accountability', objectType: 'case', objectId: c.id, detail: { outcome: b.outcome, targetKind: b.targetKind } });
        return row?.id ?? 0;
      });
      ctx.sealer.kick();
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/cases/:id/messages',
    { config: { access: office }, schema: { tags, summary: 'Reply to the public reporter (seen with the receipt)', params: idParams, body: z.object({ body: z.string().trim().min(1).max(2000) }).strict(), response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const user = currentUser(req);
      const id = await ctx.db.transaction(async (tx) => {
        const c = await caseForUser(tx, user, req.params.id);
        if (!c.receiptHash) throw badRequest('This case was not filed on the portal: there is no one to message', [{ path: 'body', message: 'no public reporter' }]);
        const [m] = await tx.insert(caseMessages).values({ caseId: c.id, author: 'office', userId: user.id, body: req.body.body }).returning({ id: caseMessages.id });
        await audit(tx, req.actor, { action: 'case.message', objectType: 'case', objectId: c.id });
        return m?.id ?? 0;
      });
      ctx.sealer.kick();
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/cases/:id/attachments/:attachmentId',
    {
      config: { access: readers },
      schema: { tags, summary: 'Download an attachment (units get the copy without metadata)', params: idParams.extend({ attachmentId: bigIdParam }) },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const c = await caseForUser(ctx.db, user, req.params.id);
      const [a] = await ctx.db
        .select()
        .from(caseAttachments)
        .where(and(eq(caseAttachments.id, req.params.attachmentId), eq(caseAttachments.caseId, c.id)));
      // Another unit's files from before a transfer are not this unit's: the same 404 as for none.
      if (!a || (await isForeignLiaison(ctx.db, user, a.uploadedBy))) throw notFound('No such attachment');
      // Units get only the copy without metadata (authors, EXIF…); a file that could not be
      // cleaned (a legacy .doc/.xls, an encrypted PDF, one attached before documents were
      // cleaned) is not given to them at all.
      const unit = user.role === 'unit_liaison';
      if (unit && !a.unitCopy) {
        throw new AppError(409, 'no_clean_copy', 'This attachment cannot be given to units: its metadata could not be removed. The campaign office must attach a cleaned copy (e.g. saved as PDF or .docx).', [
          { path: 'attachmentId', message: 'has no copy without metadata' },
        ]);
      }
      const content = await databaseStorage.get(unit && a.unitCopy ? a.unitCopy : a.content, a.storage);
      await audit(ctx.db, req.actor, { action: 'case.attachment_download', objectType: 'case', objectId: c.id, detail: { attachmentId: a.id } });
      ctx.sealer.kick();
      return reply
        .header('content-type', a.mime)
        .header('content-disposition', `attachment; filename="attachment-${a.id}"; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(content);
    },
  );
};

