import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_AREA_NAMES, AUDIT_AREAS, AUDIT_OBJECT_TYPES } from '../../core/audit/actions.js';
import { defaultCheckpointFiles, signCheckpoint } from '../../core/audit/anchor.js';
import { verifyChain } from '../../core/audit/verify.js';
import { auditRead } from '../../core/http/change.js';
import { catalogueOut, EXPORT_MAX_ROWS, trailFilter, trailPage, trailQuery } from './contract.js';
import { exportTrail } from './export.js';
import { chainHead, labelRows, queryTrail, type TrailEntry } from './store.js';

const tags = ['audit'];
const auditor = { access: ['auditor'] as const };

const present = (r: TrailEntry) => ({
  id: r.id,
  seq: r.seq,
  ts: r.ts.toISOString(),
  username: r.username,
  actorName: r.actorName,
  action: r.action,
  objectType: r.objectType,
  objectId: r.objectId,
  objectLabel: r.objectLabel,
  outcome: r.outcome,
  requestId: r.requestId,
  detail: r.detail,
  detailLabels: r.detailLabels,
});

/** The catalogue as served: areas in order, each with its actions, and the kinds of object. */
const CATALOGUE = {
  areas: AUDIT_AREA_NAMES.map((area) => ({ area, actions: [...AUDIT_AREAS[area]] })),
  objectTypes: [...AUDIT_OBJECT_TYPES],
};

/** Only the auditor reads the trail (separation of duties); nobody changes it. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/audit',
    {
      config: auditor,
      schema: {
        tags,
        summary: 'The audit trail, newest first, filtered (person: a username or a display name; object id: an id or a case number), with who acted and what the object is called',
        querystring: trailQuery,
        response: { 200: trailPage },
      },
    },
    async (req) => {
      const q = req.query;
      const found = await queryTrail(ctx.db, q);
      const page = await labelRows(ctx.db, found.slice(0, q.limit));
      await auditRead(req, { action: 'audit.query', objectType: 'audit_log', detail: { filters: { ...q, cursor: undefined } } });
      return {
        items: page.map(present),
        nextCursor: found.length > q.limit ? String(page[page.length - 1]?.id) : null,
      };
    },
  );

  app.get(
    '/api/audit/actions',
    { config: auditor, schema: { tags, summary: 'Every action the trail records, by area, and the kinds of object (the filter offers exactly these)', response: { 200: catalogueOut } } },
    async () => CATALOGUE,
  );

  app.get(
    '/api/audit/export.xlsx',
    {
      config: auditor,
      schema: {
        tags,
        summary: `The filtered trail as an Excel workbook (at most ${EXPORT_MAX_ROWS} rows, newest first), in the words of the request’s language (Accept-Language; Chinese by default)`,
        querystring: trailFilter,
      },
    },
    async (req, reply) => {
      const language = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh-CN';
      const { buffer, rows, truncated } = await exportTrail(ctx.db, req.query, language);
      await auditRead(req, { action: 'audit.export', objectType: 'audit_log', detail: { filters: req.query, rows, truncated } });
      const name = language === 'en' ? 'audit-trail.xlsx' : '审计日志.xlsx';
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="audit-trail.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(buffer);
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: auditor,
      schema: {
        tags,
        summary: "Walk the HMAC-SM3 chain, name the first broken row, and check the chain's ends against this instance's checkpoints",
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            firstBroken: z.object({ id: z.number(), seq: z.number(), reason: z.string() }).nullable(),
            unsealed: z.number(),
            problems: z.array(z.object({ kind: z.string(), message: z.string(), id: z.number().optional(), seq: z.number().nullable().optional() })),
            checkpoints: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const result = await verifyChain(ctx.db, ctx.config.auditKey, { checkpointFiles: defaultCheckpointFiles(ctx.config.DATA_DIR) });
      await auditRead(req, { action: 'audit.verify', objectType: 'audit_log', outcome: result.ok ? 'success' : 'failure', detail: { checked: result.checked } });
      return result;
    },
  );

  // A receipt the auditor keeps outside the system: the chain's head now, signed with the audit
  // key. `npm run audit:verify -- --checkpoints receipt.json` later reports rows cut from the end
  // or rewritten below it.
  app.get(
    '/api/audit/receipt',
    {
      config: auditor,
      schema: { tags, summary: "A signed receipt of the audit chain's head (seq, MAC, time) to keep outside the system", response: { 200: z.object({ seq: z.number(), mac: z.string(), at: z.string(), sig: z.string() }) } },
    },
    async (req, reply) => {
      const receipt = signCheckpoint(ctx.config.auditKey, await chainHead(ctx.db));
      await auditRead(req, { action: 'audit.receipt', objectType: 'audit_log', detail: { seq: receipt.seq } });
      void reply.header('content-disposition', `attachment; filename="audit-receipt-${receipt.seq}.json"`);
      return receipt;
    },
  );
};
