import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { defaultCheckpointFiles, signCheckpoint } from '../../core/audit/anchor.js';
import { verifyChain } from '../../core/audit/verify.js';
import { auditRead } from '../../core/http/change.js';
import { bigIdParam, instant } from '../../core/http/fields.js';
import { chainHead, queryTrail } from './store.js';

const tags = ['audit'];
const auditor = { access: ['auditor'] as const };

const entryOut = z.object({
  id: z.number(),
  seq: z.number().nullable(),
  ts: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.string(),
  requestId: z.string().nullable(),
  detail: z.unknown(),
});

const query = z
  .object({
    action: z.string().trim().max(100).optional(),
    username: z.string().trim().max(100).optional(),
    objectType: z.string().trim().max(100).optional(),
    objectId: z.string().trim().max(100).optional(),
    outcome: z.enum(['success', 'failure', 'denied']).optional(),
    from: instant.optional(),
    to: instant.optional(),
    cursor: bigIdParam.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

/** Only the auditor reads the trail (separation of duties); nobody changes it. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/audit',
    { config: auditor, schema: { tags, summary: 'The audit trail, newest first, filtered', querystring: query, response: { 200: z.object({ items: z.array(entryOut), nextCursor: z.string().nullable() }) } } },
    async (req) => {
      const q = req.query;
      const found = await queryTrail(ctx.db, q);
      const page = found.slice(0, q.limit);
      await auditRead(req, { action: 'audit.query', objectType: 'audit_log', detail: { filters: { ...q, cursor: undefined } } });
      return {
        items: page.map((r) => ({
          id: r.id,
          seq: r.seq,
          ts: r.ts.toISOString(),
          username: r.username,
          action: r.action,
          objectType: r.objectType,
          objectId: r.objectId,
          outcome: r.outcome,
          requestId: r.requestId,
          detail: r.detail,
        })),
        nextCursor: found.length > q.limit ? String(page[page.length - 1]?.id) : null,
      };
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
