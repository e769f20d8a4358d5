import formbody from '@fastify/formbody';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound } from '../../core/errors.js';
import { isDataException } from '../../core/http/problem.js';
import { addressBucket, rateLimit } from '../../core/http/rate-limit.js';
import { reporterWith, splitDetail } from '../cases/identity.js';
import { fileCaseOnce } from '../cases/intake.js';
import { CLOSED, codeForReceipt, listPublicRequests, publicRequest, serviceCategories, type PublicRequestRow } from './store.js';
import { instant } from '../../core/http/fields.js';

/**
 * Open311 GeoReport v2 (JSON) so that civic apps can file and track complaints. Answers carry
 * only what the public may see: status, category, the responsible unit and dates; never the
 * complaint's text, attachments or reporter. Only complaints filed publicly are listed.
 */
/** Times to the minute: no millisecond that matches a reporter's request in some other log. */
const toMinute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000).toISOString();
const tags = ['open311'];

type Open311Error = { code: number; description: string };

function sendErrors(reply: FastifyReply, status: number, errors: Open311Error[]) {
  return reply.code(status).type('application/json').send(errors);
}

export const open311Routes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  await app.register(formbody, { bodyLimit: 64 * 1024 });

  // The spec's error shape: an array of {code, description}.
  app.setErrorHandler((err: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      if (err.headers) void reply.headers(err.headers);
      const details = err.errors?.map((e) => ({ code: err.status, description: `${e.path}: ${e.message}` })) ?? [];
      return sendErrors(reply, err.status, details.length ? details : [{ code: err.status, description: err.message }]);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return sendErrors(reply, 400, err.validation.map((v) => ({ code: 400, description: `${v.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'request'}: ${v.message ?? 'is invalid'}` })));
    }
    if (isDataException(err)) return sendErrors(reply, 400, [{ code: 400, description: 'request: a value is out of range or malformed' }]);
    if (typeof err.statusCode === 'number' && err.statusCode < 500) return sendErrors(reply, err.statusCode, [{ code: err.statusCode, description: err.message }]);
    req.log.error({ err }, 'open311 error');
    return sendErrors(reply, 500, [{ code: 500, description: 'Internal error' }]);
  });

  const categories = async (req: FastifyRequest) => serviceCategories(ctx.db, (await req.campaign()).id);
  const serviceOut = z.object({ service_code: z.string(), service_name: z.string(), description: z.string(), metadata: z.boolean(), type: z.string(), keywords: z.string(), group: z.string() });

  app.get('/open311/v2/services.json', { config: { access: 'public' }, schema: { tags, summary: 'The problem categories as Open311 services', response: { 200: z.array(serviceOut) } } }, async (req) =>
    (await categories(req)).map((c) => ({ service_code: c.code, service_name: c.name, description: c.description, metadata: false, type: 'realtime', keywords: '', group: '政风' })),
  );

  app.get(
    '/open311/v2/services/:code',
    { config: { access: 'public' }, schema: { tags, summary: 'A service definition (services/{code}.json)', params: z.object({ code: z.string().regex(/^[a-z0-9_]+\.json$/, 'must end in .json') }) } },
    async (req) => {
      const code = req.params.code.replace(/\.json$/, '');
      if (!(await categories(req)).some((c) => c.code === code)) throw notFound(`service_code ${code} not found`);
      return { service_code: code, attributes: [] };
    },
  );

  app.post(
    '/open311/v2/requests.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'File a complaint (form-encoded); the answer carries the receipt as token',
        body: z
          .object({
            service_code: z.string().min(1).max(50),
            description: z.string().trim().min(1).max(5000),
            api_key: z.string().max(200).optional(),
            lat: z.coerce.number().min(-90).max(90).optional(),
            long: z.coerce.number().min(-180).max(180).optional(),
            address_string: z.string().max(500).optional(),
            address_id: z.string().max(100).optional(),
            email: z.string().max(200).optional(),
            device_id: z.string().max(200).optional(),
            account_id: z.string().max(200).optional(),
            first_name: z.string().max(50).optional(),
            last_name: z.string().max(50).optional(),
            phone: z.string().max(30).optional(),
            media_url: z.string().max(1000).optional(),
          })
          .loose(),
      },
    },
    async (req, reply) => {
      await rateLimit(ctx.db, addressBucket(ctx, 'submit', req.ip), 10, 3600);
      const b = req.body;
      const name = [b.last_name, b.first_name].filter(Boolean).join('');
      const filed = await fileCaseOnce(ctx, req.actor, {
          campaignId: (await req.writableCampaign()).id,
          channel: 'web',
          detail: { via: 'open311' },
          // Where the citizen stood identifies them as much as their name: sealed with it.
          reporter: reporterWith(
            name || b.phone ? { ...(name ? { name } : {}), ...(b.phone ? { phone: b.phone } : {}) } : undefined,
            splitDetail('web', { address: b.address_string, ...(b.lat !== undefined && b.long !== undefined ? { lat: b.lat, long: b.long } : {}) }).identifying,
          ),
          category: b.service_code,
          title: b.description.slice(0, 40),
          body: b.description,
          withReceipt: true,
        }, null).catch((err: unknown) => {
          if (err instanceof AppError && err.errors?.[0]?.path === 'category') throw notFound(`service_code ${b.service_code} not found`);
          throw err;
        });
      return reply.code(201).send([{ service_request_id: filed.code, token: filed.receipt, service_notice: '请妥善保存回执码（token），凭此查询办理进度。', account_id: null }]);
    },
  );

  const present = async (req: FastifyRequest, rows: PublicRequestRow[]) => {
    const names = new Map((await categories(req)).map((c) => [c.code, c.name]));
    return rows.map(({ c, unitName }) => ({
      service_request_id: c.code,
      status: CLOSED.includes(c.status) ? 'closed' : 'open',
      status_notes: null,
      service_name: names.get(c.category) ?? c.category,
      service_code: c.category,
      description: null,
      agency_responsible: unitName,
      service_notice: null,
      requested_datetime: toMinute(c.receivedAt),
      updated_datetime: toMinute(c.updatedAt),
      expected_datetime: c.dueDate ? `${c.dueDate}T18:00:00+08:00` : null,
      address: null,
      address_id: null,
      zipcode: null,
      lat: null,
      long: null,
      media_url: null,
    }));
  };

  app.get(
    '/open311/v2/requests.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Publicly filed requests: status, category, responsible unit and dates only',
        querystring: z
          .object({
            service_request_id: z.string().max(2000).optional(),
            service_code: z.string().max(50).optional(),
            start_date: instant.optional(),
            end_date: instant.optional(),
            status: z.enum(['open', 'closed']).optional(),
            jurisdiction_id: z.string().max(100).optional(),
          })
          .loose(),
      },
    },
    async (req) => {
      const q = req.query;
      const ids = q.service_request_id?.split(',').map((s) => s.trim()).filter(Boolean);
      const end = q.end_date ? new Date(q.end_date) : new Date();
      const start = q.start_date ? new Date(q.start_date) : new Date(end.getTime() - 90 * 86_400_000);
      return present(req, await listPublicRequests(ctx.db, { campaignId: (await req.campaign()).id, ids, serviceCode: q.service_code, start, end, status: q.status }));
    },
  );

  app.get(
    '/open311/v2/requests/:id',
    { config: { access: 'public' }, schema: { tags, summary: 'One request (requests/{id}.json)', params: z.object({ id: z.string().regex(/^[A-Za-z0-9-]+\.json$/, 'must end in .json') }) } },
    async (req) => {
      const code = req.params.id.replace(/\.json$/, '');
      const rows = await publicRequest(ctx.db, (await req.campaign()).id, code);
      if (!rows.length) throw notFound(`service_request_id ${code} not found`);
      return present(req, rows);
    },
  );

  app.get(
    '/open311/v2/tokens/:token',
    { config: { access: 'public' }, schema: { tags, summary: 'The request id for a token (tokens/{token}.json)', params: z.object({ token: z.string().regex(/^\d{16,32}\.json$/, 'must be the receipt digits followed by .json') }) } },
    async (req, reply) => {
      // The answer ties a receipt to a case: no cache along the way may keep it.
      void reply.header('cache-control', 'no-store');
      await rateLimit(ctx.db, addressBucket(ctx, 'track', req.ip), 30, 60);
      const token = req.params.token.replace(/\.json$/, '');
      const code = await codeForReceipt(ctx.db, ctx.receiptHash(token));
      if (!code) throw notFound('token not found');
      return [{ service_request_id: code, token }];
    },
  );
};
