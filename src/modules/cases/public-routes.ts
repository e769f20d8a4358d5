import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { change } from '../../core/http/change.js';
import { forgetStaleKey, PUBLIC_REPLAY_SECONDS, publicIdempotencyClaim } from '../../core/http/idempotency.js';
import { addressBucket, rateLimit } from '../../core/http/rate-limit.js';
import { messageOffice } from './commands.js';
import { publicFiledOut, publicIntakeBody, trackOut } from './contract.js';
import { fileCaseOnce } from './intake.js';
import { caseByReceipt, trackCase } from './portal.js';
import { prepareAll } from './routes.js';

const tags = ['portal'];
const receipt = z.string().trim().regex(/^\d{16,32}$/, 'must be the digits of your receipt');

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
        response: { 201: publicFiledOut },
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
          campaignId: (await req.writableCampaign()).id,
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

  const trackLimit = (req: FastifyRequest) => rateLimit(ctx.db, addressBucket(ctx, 'track', req.ip), 30, 60);

  app.post(
    '/api/public/track',
    { config: { access: 'public' }, schema: { tags, summary: 'Status and progress of a case, with its receipt', body: z.object({ receipt }).strict(), response: { 200: trackOut } } },
    async (req) => {
      await trackLimit(req);
      return trackCase(ctx.db, ctx.receiptHash(req.body.receipt));
    },
  );

  app.post(
    '/api/public/track/messages',
    { config: { access: 'public' }, schema: { tags, summary: 'Send the office a message about a case, with its receipt', body: z.object({ receipt, body: z.string().trim().min(1).max(2000) }).strict() } },
    async (req, reply) => {
      await trackLimit(req);
      const c = await caseByReceipt(ctx.db, ctx.receiptHash(req.body.receipt));
      await change(req, (w) => messageOffice(w, c, req.body.body));
      return reply.code(204).send();
    },
  );
};
