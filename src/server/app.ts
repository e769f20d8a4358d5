import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import { inspectionRoutes } from '../modules/inspections/routes.js';
import { selfInspectionRoutes } from '../modules/self-inspections/routes.js';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../core/http/context.js';
import { frameworkProblem, registerProblemHandler } from '../core/http/problem.js';
import { registerAccessControl } from '../core/http/session-hook.js';
import { registerWellFormedInput } from '../core/http/well-formed.js';
import { registerCampaign } from '../core/http/campaign-hook.js';
import { authRoutes } from '../modules/accounts/auth-routes.js';
import { userRoutes } from '../modules/accounts/user-routes.js';
import { auditRoutes } from '../modules/audit-trail/routes.js';
import { planRoutes } from '../modules/plan/routes.js';
import { unitRoutes } from '../modules/units/routes.js';
import { calendarRoutes } from '../modules/calendar/routes.js';
import { publicCaseRoutes } from '../modules/cases/public-routes.js';
import { caseRoutes } from '../modules/cases/routes.js';
import { deadlineRuleRoutes } from '../modules/cases/deadline-routes.js';
import { notificationRoutes } from '../modules/notifications/routes.js';
import { open311Routes } from '../modules/open311/routes.js';
import { evaluationRoutes } from '../modules/evaluations/routes.js';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export type AppOptions = { logger?: FastifyBaseLogger; serveWeb?: boolean };

/** An answer that took this long is logged at info, as a failed one is. */
const SLOW_REQUEST_MS = 1000;

/** The whole HTTP application over an already opened, migrated database. */
export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    genReqId: () => randomUUID(),
    trustProxy: ctx.config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkProblem,
    // Each answer is logged once, below: at info only when it is worth reading.
    disableRequestLogging: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onResponse', async (req, reply) => {
    const responseTime = Math.round(reply.elapsedTime);
    const entry = { req, res: { statusCode: reply.statusCode }, responseTime };
    // At info: what failed, what was slow, and every sign-in; every other answer at debug.
    const notable = reply.statusCode >= 400 || responseTime >= SLOW_REQUEST_MS || req.routeOptions.url === '/api/auth/login';
    if (notable) req.log.info(entry, 'request completed');
    else req.log.debug(entry, 'request completed');
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(cookie);
  // Security headers on every answer, from one helmet middleware built once (the fastify plugin
  // builds a new one, parsing the policy again, for every request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  registerProblemHandler(app);
  registerAccessControl(app);
  registerWellFormedInput(app);
  registerCampaign(app);

  await app.register(swagger, {
    openapi: {
      info: { title: '政风建设监督平台 API', description: 'Conduct campaign supervision platform', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zf_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ready' };
    } catch {
      return reply.code(503).type('application/problem+json').send({ type: 'about:blank#not_ready', title: 'Service Unavailable', status: 503, detail: 'database unreachable' });
    }
  });

  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(planRoutes);
  await app.register(unitRoutes);
  await app.register(auditRoutes);
  await app.register(calendarRoutes);
  await app.register(caseRoutes);
  await app.register(deadlineRuleRoutes);
  await app.register(publicCaseRoutes);
  await app.register(notificationRoutes);
  await app.register(open311Routes);
  await app.register(evaluationRoutes);
  await app.register(inspectionRoutes);
  await app.register(selfInspectionRoutes);

  if (opts.serveWeb !== false && existsSync(path.join(WEB_DIR, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: WEB_DIR,
      wildcard: false,
      index: false,
      // Built assets carry a content hash in their names: they never change.
      setHeaders: (res, file) => res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    // The SPA's own routes (/units, /audit…) all load index.html.
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      const file = req.url.split('?')[0] ?? '/';
      // Assets built after the server started (a deployment without a restart) are found on disk;
      // only plain file names, so nothing outside the assets folder can be reached.
      const asset = /^\/assets\/([A-Za-z0-9_-][A-Za-z0-9._-]*)$/.exec(file)?.[1];
      if (asset && existsSync(path.join(WEB_DIR, 'assets', asset))) return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(`assets/${asset}`);
      if (/^\/assets\//.test(file)) return reply.callNotFound();
      const page = /^\/portal(\/|$)/.test(file) && existsSync(path.join(WEB_DIR, 'portal.html')) ? 'portal.html' : 'index.html';
      return reply.header('cache-control', 'no-cache').sendFile(page);
    });
  }
  return app;
}
