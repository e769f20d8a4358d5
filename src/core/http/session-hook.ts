import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit.js';
import { forbidden, unauthorized } from '../errors.js';
import { loadSession, SESSION_COOKIE } from '../auth/sessions.js';
import { safeEqual } from '../auth/tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication and authorization for every route, in one place: a route under /api must say
 * who may call it (config.access), or the server refuses to start.
 */
export function registerAccessControl(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  // Set for every request in the onRequest hook below, before any handler can read it.
  app.decorateRequest('actor', null as unknown as Actor);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.config?.access === undefined) {
      throw new Error(`route ${route.method} ${route.url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.actor = { userId: null, username: null, requestId: req.id };
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await loadSession(app.ctx, token);
      if (found) {
        req.user = found.user;
        req.session = { tokenHash: found.tokenHash, csrfToken: found.csrfToken };
        req.actor = { userId: found.user.id, username: found.user.username, requestId: req.id };
      }
    }
    const config = req.routeOptions.config;
    const access = config?.access;
    // Public routes act for no one, so a session cookie gives them nothing to forge.
    if (access === undefined || access === 'public') return;
    if (!req.user) throw unauthorized();
    checkCsrf(req);
    if (req.user.totpEnrollmentRequired && !config.duringEnrolment) {
      throw forbidden('Two-factor sign-in must be set up before anything else (POST /api/auth/totp/setup)');
    }
    if (access !== 'authenticated' && !access.includes(req.user.role)) throw forbidden();
  });
}

function checkCsrf(req: FastifyRequest): void {
  if (SAFE_METHODS.has(req.method) || !req.session) return;
  const header = req.headers['x-csrf-token'];
  if (typeof header !== 'string' || !safeEqual(header, req.session.csrfToken)) {
    throw forbidden('Missing or wrong X-CSRF-Token header');
  }
}
