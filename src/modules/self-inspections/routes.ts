import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answered, auditRead, change } from '../../core/http/change.js';
import { exportProgress } from './export.js';
import { currentUser } from '../../core/http/context.js';
import { idParam } from '../../core/http/fields.js';
import { createRequestBody, draftBody, filedCaseOut, reportOut, requestDetailOut, requestOut, reviewBody, submitBody, versionOut } from './contract.js';
import { MANAGERS, READERS } from './rules.js';
import { createRequest, fileRectification, listRequests, reportDetail, reportVersion, requestDetail, reviewReport, saveDraft, submitReport } from './store.js';

const tags = ['self-inspections'];
const idParams = z.object({ id: idParam });
const idemHeader = z.object({ 'idempotency-key': z.string().optional() }).loose();

/** Self-inspection and rectification (自查自纠): the office asks units for reports, their liaisons write and submit them, the office reviews them. */
export const selfInspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/self-inspections/requests',
    {
      config: { access: READERS },
      schema: { tags, summary: 'The reports asked for in the campaign, newest first, with their progress (a liaison: its own unit’s and sub-units’ reports only)', response: { 200: z.object({ items: z.array(requestOut) }) } },
    },
    async (req) => ({ items: await listRequests(ctx.db, currentUser(req), (await req.campaign()).id) }),
  );

  app.post(
    '/api/self-inspections/requests',
    {
      config: { access: MANAGERS },
      schema: { tags, summary: 'Ask units (by default every monitored unit) for a report by a due day within the campaign', headers: idemHeader, body: createRequestBody, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => {
      const campaign = await req.writableCampaign();
      const changed = await change(req, (w) => createRequest(w, campaign, req.body), { idempotent: 'user' });
      return reply.code(201).send({ id: answered(reply, changed) });
    },
  );

  app.get(
    '/api/self-inspections/requests/:id',
    { config: { access: READERS }, schema: { tags, summary: 'A request with each unit’s report: status, late or not, rectifications done and overdue', params: idParams, response: { 200: requestDetailOut } } },
    async (req) => requestDetail(ctx.db, currentUser(req), (await req.campaign()).id, req.params.id),
  );

  app.get(
    '/api/self-inspections/requests/:id/export.xlsx',
    {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'A request’s progress as an Excel workbook: each unit’s report, every submitted rectification, and the rectifications by problem category, in the words of the request’s language (Accept-Language; Chinese by default)',
        params: idParams,
      },
    },
    async (req, reply) => {
      const language = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh-CN';
      const { buffer, title } = await exportProgress(ctx.db, currentUser(req), (await req.campaign()).id, req.params.id, language);
      await auditRead(req, { action: 'self_inspection.export', objectType: 'self_inspection_request', objectId: req.params.id });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="self-inspection-${req.params.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title}.xlsx`)}`)
        .send(buffer);
    },
  );

  app.get(
    '/api/self-inspections/reports/:id',
    { config: { access: READERS }, schema: { tags, summary: 'A unit’s report: its working copy, the state of each rectification, its submitted versions and the last review', params: idParams, response: { 200: reportOut } } },
    async (req) => reportDetail(ctx.db, currentUser(req), (await req.campaign()).id, req.params.id),
  );

  app.put(
    '/api/self-inspections/reports/:id/draft',
    {
      config: { access: ['unit_liaison'] },
      schema: { tags, summary: 'Save the unit’s draft (its own unit’s liaison, while the report is open or returned; 409 report_changed when someone saved since)', params: idParams, body: draftBody, response: { 200: reportOut } },
    },
    async (req) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      await change(req, (w) => saveDraft(w, user, campaign.id, req.params.id, req.body), { unaudited: true });
      return reportDetail(ctx.db, user, campaign.id, req.params.id);
    },
  );

  app.post(
    '/api/self-inspections/reports/:id/submit',
    {
      config: { access: ['unit_liaison'] },
      schema: { tags, summary: 'Submit the report as its next version (400 names each item field at fault)', params: idParams, body: submitBody, response: { 200: reportOut } },
    },
    async (req) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      await change(req, (w) => submitReport(w, user, campaign, req.params.id, req.body.revision));
      return reportDetail(ctx.db, user, campaign.id, req.params.id);
    },
  );

  app.post(
    '/api/self-inspections/reports/:id/review',
    {
      config: { access: MANAGERS },
      schema: { tags, summary: 'Accept the submitted report, return it with comments (per item too), or fail a year-end summary; a summary is accepted with its score', params: idParams, body: reviewBody, response: { 200: reportOut } },
    },
    async (req) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      await change(req, (w) => reviewReport(w, user, campaign.id, req.params.id, req.body));
      return reportDetail(ctx.db, user, campaign.id, req.params.id);
    },
  );

  app.post(
    '/api/self-inspections/reports/:id/rectifications/:key/case',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        summary: 'File a submitted rectification the unit did not carry out as a case against the unit (once: asking again answers with that case)',
        params: idParams.extend({ key: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }),
        response: { 200: filedCaseOut, 201: filedCaseOut },
      },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      // Asking again for a filed rectification changes nothing, and so leaves no audit row.
      const { value } = await change(req, (w) => fileRectification(w, ctx, user, campaign.id, req.params.id, req.params.key), { unaudited: true });
      return reply.code(value.created ? 201 : 200).send({ caseId: value.caseId, code: value.code });
    },
  );

  app.get(
    '/api/self-inspections/reports/:id/versions/:version',
    {
      config: { access: READERS },
      schema: { tags, summary: 'A submitted version of the report, as submitted, with the office’s review of it', params: idParams.extend({ version: z.coerce.number().int().min(1).max(1_000_000) }), response: { 200: versionOut } },
    },
    async (req) => reportVersion(ctx.db, currentUser(req), (await req.campaign()).id, req.params.id, req.params.version),
  );
};
