import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { audit } from '../../core/audit/audit.js';
import { verifyPassword } from '../../core/auth/passwords.js';
import { endSession, SESSION_COOKIE } from '../../core/auth/sessions.js';
import { checkTotp, newTotpSecret, totpUri } from '../../core/auth/totp.js';
import { units, users } from '../../core/db/tables.js';
import { AppError, badRequest } from '../../core/errors.js';
import { currentUser } from '../../core/http/context.js';
import { login } from './login.js';
import { loginBody, loginReply, meReply, passwordBody, totpEnableBody, totpSetupReply } from './schemas.js';
import { setPassword } from './store.js';

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
        await ctx.db.transaction(async (tx) => {
          await endSession(tx, session.tokenHash);
          await audit(tx, req.actor, { action: 'auth.logout', objectType: 'user', objectId: req.actor.userId ?? undefined });
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
      const [unit] = user.unitId
        ? await ctx.db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, user.unitId))
        : [];
      return { ...user, unit: unit ?? null, csrfToken: req.session?.csrfToken ?? '' };
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
      if (user.totpEnabled) throw new AppError(409, 'totp_enabled', 'Two-factor sign-in is already on');
      const secret = newTotpSecret();
      await ctx.db.transaction(async (tx) => {
        await tx.update(users).set({ totpPendingSecret: ctx.secrets.seal(secret) }).where(eq(users.id, user.id));
        await audit(tx, req.actor, { action: 'auth.totp_setup', objectType: 'user', objectId: user.id });
      });
      ctx.sealer.kick();
      return { secret, otpauthUri: totpUri(secret, user.username, '政风建设监督平台') };
    },
  );

  app.post(
    '/api/auth/totp/enable',
    { config: { access: 'authenticated', duringEnrolment: true }, schema: { tags, summary: 'Confirm two-factor enrolment', body: totpEnableBody } },
    async (req, reply) => {
      const user = currentUser(req);
      const [row] = await ctx.db.select().from(users).where(eq(users.id, user.id));
      if (!row?.totpPendingSecret) throw new AppError(409, 'totp_not_started', 'Start enrolment first (POST /api/auth/totp/setup)');
      const step = checkTotp(ctx.secrets.open(row.totpPendingSecret), req.body.code, null);
      if (step === null) throw badRequest('The code is wrong or expired', [{ path: 'code', message: 'does not match' }]);
      await ctx.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ totpSecret: row.totpPendingSecret, totpPendingSecret: null, totpLastStep: step })
          .where(eq(users.id, user.id));
        await audit(tx, req.actor, { action: 'auth.totp_enable', objectType: 'user', objectId: user.id });
      });
      ctx.sessionCache.forgetUser(user.id);
      ctx.sealer.kick();
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/password',
    { config: { access: 'authenticated', duringEnrolment: true }, schema: { tags, summary: 'Change my password', body: passwordBody } },
    async (req, reply) => {
      const user = currentUser(req);
      const [row] = await ctx.db.select().from(users).where(eq(users.id, user.id));
      if (!row || !(await verifyPassword(row.passwordHash, req.body.currentPassword))) {
        throw badRequest('The current password is wrong', [{ path: 'currentPassword', message: 'is wrong' }]);
      }
      await ctx.db.transaction((tx) => setPassword(tx, req.actor, row, req.body.newPassword, req.session?.tokenHash));
      ctx.sessionCache.forgetUser(user.id);
      ctx.sealer.kick();
      return reply.code(204).send();
    },
  );
};
