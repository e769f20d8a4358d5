import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, desc, eq, gte, isNotNull, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../core/audit/audit.js';
import { defaultCheckpointFiles, signCheckpoint } from '../../core/audit/anchor.js';
import { verifyChain } from '../../core/audit/verify.js';
import { auditLog } from '../../core/db/tables.js';
import { bigIdParam, instant } from '../../core/http/fields.js';

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
      const conditions: (SQL | undefined)[] = [
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.username ? eq(auditLog.username, q.username) : undefined,
        q.objectType ? eq(auditLog.objectType, q.objectType) : undefined,
        q.objectId ? eq(auditLog.objectId, q.objectId) : undefined,
        q.outcome ? eq(auditLog.outcome, q.outcome) : undefined,
        q.from ? gte(auditLog.ts, new Date(q.from)) : undefined,
        q.to ? lte(auditLog.ts, new Date(q.to)) : undefined,
        q.cursor ? lt(auditLog.id, q.cursor) : undefined,
      ];
      const found = await ctx.db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(desc(auditLog.id))
        .limit(q.limit + 1);
      const page = found.slice(0, q.limit);
      await audit(ctx.db, req.actor, { action: 'audit.query', objectType: 'audit_log', detail: { filters: { ...q, cursor: undefined } } });
      ctx.sealer.kick();
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
      await audit(ctx.db, req.actor, { action: 'audit.verify', objectType: 'audit_log', outcome: result.ok ? 'success' : 'failure', detail: { checked: result.checked } });
      ctx.sealer.kick();
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
      const [head] = await ctx.db.select({ seq: auditLog.seq, mac: auditLog.mac }).from(auditLog).where(isNotNull(auditLog.seq)).orderBy(desc(auditLog.seq)).limit(1);
      const receipt = signCheckpoint(ctx.config.auditKey, { seq: head?.seq ?? 0, mac: head?.mac ?? '' });
      await audit(ctx.db, req.actor, { action: 'audit.receipt', objectType: 'audit_log', detail: { seq: receipt.seq } });
      ctx.sealer.kick();
      void reply.header('content-disposition', `attachment; filename="audit-receipt-${receipt.seq}.json"`);
      return receipt;
    },
  );
};
