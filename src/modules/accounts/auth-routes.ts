import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endSession, SESSION_COOKIE } from '../../core/auth/sessions.js';
import { newTotpSecret, totpUri } from '../../core/auth/totp.js';
import { problem } from '../../core/errors.js';
import { change } from '../../core/http/change.js';
import { currentUser } from '../../core/http/context.js';
import { login } from './login.js';
import { loginBody, loginReply, meReply, passwordBody, problems, totpEnableBody, totpSetupReply } from './contract.js';
import { changeOwnPassword, checkOwnPassword, unitSummary } from './store.js';
import { enableTotp, startTotp } from './two-factor.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  const setCookie = (reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: expiresAt });

  app.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { tags, summary: 'Sign in', body: loginBody, response: { 200: loginReply } } },
    async (req, reply) => {
      const result = await login(ctx, req.actor, req.body, req.ip).finally(() => ctx.sealer.kick());
      if (result.kind === 'totp_required') return { totpRequired: true as const };
      setCookie(reply, result.token, result.expiresAt, req.protocol === 'https');
      return { csrfToken: result.csrfToken, totpEnrollmentRequired: result.totpEnrollmentRequired };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'authenticated', duringEnrolment: true }, schema: { tags, summary: 'Sign out' } },
    async (req, reply) => {
      const session = req.session;
      if (session) {
        await change(req, async (w) => {
          await endSession(w.tx, session.tokenHash);
          await w.audit({ action: 'auth.logout', objectType: 'user', objectId: req.actor.userId ?? undefined });
        });
        ctx.sessionCache.forgetSession(session.tokenHash);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'authenticated', duringEnrolment: true }, schema: { tags, summary: 'The signed-in user', response: { 200: meReply } } },
    async (req) => {
      const user = currentUser(req);
      const unit = await unitSummary(ctx.db, user.unitId);
      return { ...user, unit, csrfToken: req.session?.csrfToken ?? '' };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { access: 'authenticated', duringEnrolment: true },
      schema: { tags, summary: 'Start two-factor enrolment', response: { 200: totpSetupReply } },
    },
    async (req) => {
      const user = currentUser(req);
      if (user.totpEnabled) throw problem(problems, 'totp_enabled', 'Two-factor sign-in is already on');
      const secret = newTotpSecret();
      await change(req, (w) => startTotp(w, user.id, ctx.secrets.seal(secret)));
      return { secret, otpauthUri: totpUri(secret, user.username, '政风建设监督平台') };
    },
  );

  app.post(
    '/api/auth/totp/enable',
    { config: { access: 'authenticated', duringEnrolment: true }, schema: { tags, summary: 'Confirm two-factor enrolment', body: totpEnableBody } },
    async (req, reply) => {
      const user = currentUser(req);
      await change(req, (w) => enableTotp(w, user.id, ctx.secrets, req.body.code));
      ctx.sessionCache.forgetUser(user.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/password',
    { config: { access: 'authenticated', duringEnrolment: true }, schema: { tags, summary: 'Change my password', body: passwordBody } },
    async (req, reply) => {
      const user = currentUser(req);
      await checkOwnPassword(ctx.db, user.id, req.body.currentPassword);
      await change(req, (w) => changeOwnPassword(w, user.id, req.body.newPassword, req.session?.tokenHash));
      ctx.sessionCache.forgetUser(user.id);
      return reply.code(204).send();
    },
  );
};
