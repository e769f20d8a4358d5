import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound } from '../../core/errors.js';
import { answered, auditRead, change } from '../../core/http/change.js';
import { currentUser } from '../../core/http/context.js';
import { bigIdParam } from '../../core/http/fields.js';
import { idempotencyClaim } from '../../core/http/idempotency.js';
import { applyAction, caseForUser, type CaseReader } from './actions.js';
import { prepareAttachment, type PreparedAttachment } from './attachments.js';
import { attachmentFor, messageReporter, recordAccountability } from './commands.js';
import { accountabilityBody, actionBodies, bulkBody, bulkOut, countsOut, countsQuery, type BulkResult, detailOut, filedOut, listQuery, pageOut, reporterOut, satisfactionOut, staffIntakeBody } from './contract.js';
import { exportCases } from './export.js';
import { reporterWith, splitDetail } from './identity.js';
import { fileCaseOnce, type Reporter } from './intake.js';
import { ACCOUNTABILITY_ROLES, ACTIONS, type Action } from './rules.js';
import { reporterBox } from './services.js';
import { caseDetail, countCases, listCases, satisfactionByUnit } from './store.js';

const tags = ['cases'];
const office = ['office_admin', 'office_staff'] as const;
const readers = ['office_admin', 'office_staff', 'leader', 'unit_liaison'] as const;
const idParams = z.object({ id: bigIdParam });
const idemHeader = z.object({ 'idempotency-key': z.string().optional() }).loose();

export async function prepareAll(files: { filename: string; contentBase64: string }[], maxBytes: number): Promise<PreparedAttachment[]> {
  return Promise.all(files.map((f, i) => prepareAttachment(f, `attachments[${i}]`, maxBytes)));
}

/** The signed-in user and the campaign they look at: the cases they reach (for a change, refused if the campaign is closed). */
async function readerOf(req: FastifyRequest, forChange = false): Promise<CaseReader> {
  const campaign = await (forChange ? req.writableCampaign() : req.campaign());
  return { ...currentUser(req), campaignId: campaign.id };
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
          campaignId: (await req.writableCampaign()).id,
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
      return reply.code(201).send(answered(reply, { value: { id: filed.id, code: filed.code }, replayed: filed.replayed }));
    },
  );

  app.get(
    '/api/cases',
    { config: { access: readers }, schema: { tags, summary: 'Cases, filtered and searched, in pages (a liaison sees its own unit’s only)', querystring: listQuery, response: { 200: pageOut } } },
    async (req) => listCases(ctx.db, await readerOf(req), req.query, await ctx.calendar.get()),
  );

  app.get(
    '/api/cases/counts',
    {
      config: { access: readers },
      schema: { tags, summary: 'How many cases per status, overdue and due soon (within what the user may see, and the filters and search given)', querystring: countsQuery, response: { 200: countsOut } },
    },
    async (req) => countCases(ctx.db, await readerOf(req), await ctx.calendar.get(), req.query),
  );

  app.get(
    '/api/cases/satisfaction',
    {
      config: { access: ['office_admin', 'office_staff', 'leader'] },
      schema: {
        tags,
        summary: 'Follow-up satisfaction per handling unit in the current campaign (for the assessment)',
        response: { 200: satisfactionOut },
      },
    },
    async (req) => satisfactionByUnit(ctx.db, (await req.campaign()).id),
  );

  app.get(
    '/api/cases/export.xlsx',
    { config: { access: readers }, schema: { tags, summary: 'The filtered list as an Excel workbook to hand on, in the words of the request’s language (Accept-Language; Chinese by default)', querystring: listQuery.omit({ cursor: true, limit: true }) } },
    async (req, reply) => {
      const language = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh-CN';
      const buffer = await exportCases(ctx.db, await readerOf(req), req.query, await ctx.calendar.get(), language);
      await auditRead(req, { action: 'case.export', objectType: 'case', detail: { filters: req.query } });
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
      const user = await readerOf(req);
      const [c, cal] = await Promise.all([caseForUser(ctx.db, user, req.params.id), ctx.calendar.get()]);
      // The view is recorded whether or not the answer reaches the reader, so both go together.
      const [detail] = await Promise.all([caseDetail(ctx.db, user, c, cal), auditRead(req, { action: 'case.view', objectType: 'case', objectId: c.id })]);
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
      const c = await caseForUser(ctx.db, await readerOf(req), req.params.id);
      if (!c.reporterSealed) throw notFound('The reporter is anonymous');
      const r = JSON.parse(reporterBox(ctx.config).open(c.reporterSealed)) as Reporter;
      await auditRead(req, { action: 'case.reporter_view', objectType: 'case', objectId: c.id });
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
        const user = await readerOf(req, true);
        const body = req.body as { attachments?: { filename: string; contentBase64: string }[] };
        const files = action === 'respond' ? await prepareAll(body.attachments ?? [], maxBytes) : [];
        await change(req, (w) => applyAction(w, user, req.params.id, action as Action, req.body as never, files));
        const c = await caseForUser(ctx.db, user, req.params.id).catch(() => null);
        if (!c) throw notFound('No such case');
        return caseDetail(ctx.db, user, c, await ctx.calendar.get());
      },
    );
  }

  app.post(
    '/api/cases/bulk',
    {
      config: { access: office },
      schema: {
        tags,
        summary: 'Accept, assign (to one unit, one due date) or remind many cases in one step: each case is its own change, with its own timeline entry and audit row; a case refused is reported alone',
        body: bulkBody,
        response: { 200: bulkOut },
      },
    },
    async (req) => {
      const user = await readerOf(req, true);
      const { action, ids, body } = req.body;
      const results: BulkResult[] = [];
      for (const id of ids) {
        try {
          await change(req, (w) => applyAction(w, user, id, action, body as never));
          results.push({ id, ok: true });
        } catch (err) {
          if (!(err instanceof AppError) || err.status >= 500) throw err;
          results.push({ id, ok: false, problem: { code: err.code, status: err.status, detail: err.message, ...(err.errors ? { errors: err.errors } : {}) } });
        }
      }
      return { results };
    },
  );

  app.post(
    '/api/cases/:id/accountability',
    {
      config: { access: ACCOUNTABILITY_ROLES },
      schema: { tags, summary: 'Record an accountability outcome (问责) on a substantiated case', params: idParams, body: accountabilityBody, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => {
      const user = await readerOf(req, true);
      const { value: id } = await change(req, (w) => recordAccountability(w, user, req.params.id, req.body));
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/cases/:id/messages',
    { config: { access: office }, schema: { tags, summary: 'Reply to the public reporter (seen with the receipt)', params: idParams, body: z.object({ body: z.string().trim().min(1).max(2000) }).strict(), response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const user = await readerOf(req, true);
      const { value: id } = await change(req, (w) => messageReporter(w, user, req.params.id, req.body.body));
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
      const user = await readerOf(req);
      const a = await attachmentFor(ctx.db, user, req.params.id, req.params.attachmentId);
      await auditRead(req, { action: 'case.attachment_download', objectType: 'case', objectId: a.caseId, detail: { attachmentId: a.id } });
      return reply
        .header('content-type', a.mime)
        .header('content-disposition', `attachment; filename="attachment-${a.id}"; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(a.content);
    },
  );
};

