import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../core/auth/roles.js';
import { problem } from '../../core/errors.js';
import { change } from '../../core/http/change.js';
import { issuePasswordLink, LINK_HOURS, usePasswordLink } from './password-links.js';
import { createUserBody, idParams, passwordLinkBody, passwordLinkOut, passwordResetBody, patchUserBody, problems, setupBody, userOut } from './contract.js';
import { completeSetup } from './setup.js';
import { countAdmins, createUser, listUsers, resetPassword, resetTwoFactor, unitSummary, updateUser, type UserRow } from './store.js';

const tags = ['users'];

/** The only shape in which a user leaves the server: no hashes, no secrets. */
export function presentUser(u: UserRow, unitName: string | null): z.infer<typeof userOut> {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    unitId: u.unitId,
    unitName,
    disabled: u.disabled,
    totpEnabled: u.totpSecret !== null,
    lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > Date.now() ? u.lockedUntil.toISOString() : null,
    createdAt: u.createdAt.toISOString(),
  };
}

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const admin = ['office_admin'] as const;

  const unitName = async (unitId: number | null) => (await unitSummary(ctx.db, unitId))?.name ?? null;

  app.get(
    '/api/users',
    { config: { access: admin }, schema: { tags, summary: 'All user accounts', response: { 200: z.array(userOut) } } },
    async () => (await listUsers(ctx.db)).map((r) => presentUser(r.u, r.unitName)),
  );

  app.post(
    '/api/users',
    { config: { access: admin }, schema: { tags, summary: 'Create a user', body: createUserBody, response: { 201: userOut } } },
    async (req, reply) => {
      const { value: created } = await change(req, (w) => createUser(w, { ...req.body, unitId: req.body.unitId ?? null }));
      return reply.code(201).send(presentUser(created, await unitName(created.unitId)));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: admin },
      schema: { tags, summary: 'Change, disable or unlock a user', params: idParams, body: patchUserBody, response: { 200: userOut } },
    },
    async (req) => {
      const { value: updated } = await change(req, (w) => updateUser(w, req.params.id, req.body));
      ctx.sessionCache.forgetUser(updated.id);
      return presentUser(updated, await unitName(updated.unitId));
    },
  );

  app.post(
    '/api/users/:id/password',
    {
      config: { access: admin },
      schema: { tags, summary: 'Set a new password for a user who lost theirs: ends all their sessions and lifts a lock', params: idParams, body: passwordResetBody },
    },
    async (req, reply) => {
      await change(req, (w) => resetPassword(w, req.params.id, req.body.newPassword, req.session?.tokenHash));
      ctx.sessionCache.forgetUser(req.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/users/:id/password/link',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: `A one-time link (good for ${LINK_HOURS} hours) for a user who lost their password, to hand over: they set a new one with it. Earlier unused links of the user stop working; the token is shown once`,
        params: idParams,
        response: { 201: passwordLinkOut },
      },
    },
    async (req, reply) => {
      const { value } = await change(req, (w) => issuePasswordLink(w, req.params.id));
      return reply.code(201).send({ token: value.token, expiresAt: value.expiresAt.toISOString() });
    },
  );

  app.post(
    '/api/password-link',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Set a new password with a one-time link from the administrator: ends all the user’s sessions and lifts a lock', body: passwordLinkBody },
    },
    async (req, reply) => {
      const { value: userId } = await change(req, (w) => usePasswordLink(w, req.body.token, req.body.newPassword));
      if (userId === null) throw problem(problems, 'password_link_invalid', 'This password link is invalid, used or expired');
      ctx.sessionCache.forgetUser(userId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/users/:id/totp/reset',
    {
      config: { access: admin },
      schema: { tags, summary: 'Turn off the two-factor sign-in of a user who lost the device: ends all their sessions; they enrol again at the next sign-in', params: idParams, response: { 200: userOut } },
    },
    async (req) => {
      const { value: updated } = await change(req, (w) => resetTwoFactor(w, req.params.id, req.session?.tokenHash));
      ctx.sessionCache.forgetUser(updated.id);
      return presentUser(updated, await unitName(updated.unitId));
    },
  );

  app.get(
    '/api/setup/status',
    { config: { access: 'public' }, schema: { tags: ['setup'], summary: 'Whether the first administrator is still to be set up', response: { 200: z.object({ needed: z.boolean() }) } } },
    async () => ({ needed: (await countAdmins(ctx.db)) === 0 }),
  );

  app.post(
    '/api/setup',
    { config: { access: 'public' }, schema: { tags: ['setup'], summary: 'Set up the first administrator with the one-time link', body: setupBody, response: { 201: userOut } } },
    async (req, reply) => {
      const { value: user } = await change(req, (w) => completeSetup(w, req.body));
      if (!user) throw problem(problems, 'setup_token_invalid', 'This setup link is invalid, used or expired; restart the server for a new one');
      return reply.code(201).send(presentUser(user, null));
    },
  );
};
