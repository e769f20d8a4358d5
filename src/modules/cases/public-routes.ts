import type { FastifyPluginAsyncZod, } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../core/audit/audit.js';
import { units } from '../../core/db/tables.js';
import { caseEvents, caseMessages, cases } from './tables.js';
import { notFound } from '../../core/errors.js';
import { forgetStaleKey, PUBLIC_REPLAY_SECONDS, publicIdempotencyClaim } from '../../core/http/idempotency.js';
import { addressBucket, rateLimit } from '../../core/http/rate-limit.js';
import { notify, officeUsers } from '../notifications/store.js';
import { fileCaseOnce } from './intake.js';
import { prepareAll } from './routes.js';
import { publicIntakeBody } from './schema.js';

const tags = ['portal'];
const receipt = z.string().trim().regex(/^\d{16,32}$/, 'must be the digits of your receipt');
/** Steps a reporter sees; internal notes and findings stay with the office. */
const PUBLIC_STEPS = ['intake', 'accept', 'reject', 'assign', 'transfer', 'respond', 'return', 'verify_close', 'follow_up', 'reopen', 'merge'];

const trackOut = z.object({
  code: z.string(),
  status: z.string(),
  category: z.string(),
  title: z.string(),
  unitName: z.string().nullable(),
  receivedAt: z.string(),
  progress: z.array(z.object({ ts: z.string(), step: z.string(), reason: z.string().nullable() })),
  messages: z.array(z.object({ author: z.string(), body: z.string(), ts: z.string() })),
});

/** The portal: file a complaint (anonymous if wished), track it with the receipt, message the office. */
export const publicCaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const maxBytes = ctx.config.ATTACHMENT_MAX_BYTES;
  // The client's address is used only as a keyed hash for rate limits; it is never stored with a case.

  app.post(
    '/api/public/cases',
    {
      config: { access: 'public' },
      bodyLimit: Math.ceil((maxBytes * 5 * 4) / 3) + 1024 * 1024,
      // Before the body is read: a body may be tens of megabytes, and a refused one costs nothing.
      onRequest: async (req) => {
        await rateLimit(ctx.db, addressBucket(ctx, 'submit', req.ip), 10, 3600);
      },
      schema: {
        tags,
        summary: 'File a complaint on the portal; the answer carries the receipt, shown once',
        headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
        body: publicIntakeBody,
        response: { 201: z.object({ code: z.string(), receipt: z.string() }) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const claim = publicIdempotencyClaim(req.headers['idempotency-key'], b);
      await forgetStaleKey(ctx.db, claim, PUBLIC_REPLAY_SECONDS);
      const files = await prepareAll(b.attachments, maxBytes);
      const filed = await fileCaseOnce(
        ctx,
        req.actor,
        {
          channel: 'web',
          detail: {},
          reporter: b.anonymous ? undefined : b.reporter,
          unitId: b.unitId,
          category: b.category,
          title: b.title,
          body: b.body,
          attachments: files,
          withReceipt: true,
        },
        claim,
      );
      return reply.code(201).send({ code: filed.code, receipt: filed.receipt as string });
    },
  );

  const findByReceipt = async (req: FastifyRequest, r: string) => {
    await rateLimit(ctx.db, addressBucket(ctx, 'track', req.ip), 30, 60);
    const [c] = await ctx.db.select().from(cases).where(eq(cases.receiptHash, ctx.receiptHash(r)));
    if (!c) throw notFound('No case has this receipt');
    return c;
  };

  app.post(
    '/api/public/track',
    { config: { access: 'public' }, schema: { tags, summary: 'Status and progress of a case, with its receipt', body: z.object({ receipt }).strict(), response: { 200: trackOut } } },
    async (req) => {
      const c = await findByReceipt(req, req.body.receipt);
      const [unit] = c.assignedUnitId ? await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, c.assignedUnitId)) : [];
      const steps = await ctx.db
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, c.id), inArray(caseEvents.action, PUBLIC_STEPS)))
        .orderBy(asc(caseEvents.id));
      const messages = await ctx.db.select().from(caseMessages).where(eq(caseMessages.caseId, c.id)).orderBy(asc(caseMessages.id));
      return {
        code: c.code,
        status: c.status,
        category: c.category,
        title: c.title,
        unitName: unit?.name ?? null,
        receivedAt: c.receivedAt.toISOString(),
        progress: steps.map((s) => ({ ts: s.ts.toISOString(), step: s.action, reason: s.action === 'reject' ? s.reason : null })),
        messages: messages.map((m) => ({ author: m.author, body: m.body, ts: m.ts.toISOString() })),
      };
    },
  );

  app.post(
    '/api/public/track/messages',
    { config: { access: 'public' }, schema: { tags, summary: 'Send the office a message about a case, with its receipt', body: z.object({ receipt, body: z.string().trim().min(1).max(2000) }).strict() } },
    async (req, reply) => {
      const c = await findByReceipt(req, req.body.receipt);
      await ctx.db.transaction(async (tx) => {
        await tx.insert(caseMessages).values({ caseId: c.id, author: 'public', body: req.body.body });
        await notify(tx, await officeUsers(tx), { kind: 'message', caseId: c.id, title: `群众留言：${c.code}` });
        await audit(tx, req.actor, { action: 'case.public_message', objectType: 'case', objectId: c.id });
      });
      ctx.sealer.kick();
      return reply.code(204).send();
    },
  );
};
