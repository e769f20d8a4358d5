import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../core/auth/roles.js';
import { units, users } from '../../core/db/tables.js';
import { eq } from 'drizzle-orm';
import { audit } from '../../core/audit/audit.js';
import { AppError, notFound } from '../../core/errors.js';
import { createUserBody, idParams, passwordResetBody, patchUserBody, setupBody, userOut } from './schemas.js';
import { completeSetup } from './setup.js';
import { countAdmins, createUser, listUsers, setPassword, updateUser, type UserRow } from './store.js';

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

  const unitName = async (unitId: number | null) => {
    if (unitId === null) return null;
    const [u] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
    return u?.name ?? null;
  };

  app.get(
    '/api/users',
    { config: { access: admin }, schema: { tags, summary: 'All user accounts', response: { 200: z.array(userOut) } } },
    async () => (await listUsers(ctx.db)).map((r) => presentUser(r.u, r.unitName)),
  );

  app.post(
    '/api/users',
    { config: { access: admin }, schema: { tags, summary: 'Create a user', body: createUserBody, response: { 201: userOut } } },
    async (req, reply) => {
      const created = await ctx.db.transaction((tx) => createUser(tx, req.actor, { ...req.body, unitId: req.body.unitId ?? null }));
      ctx.sealer.kick();
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
      const updated = await ctx.db.transaction((tx) => updateUser(tx, req.actor, req.params.id, req.body));
      ctx.sessionCache.forgetUser(updated.id);
      ctx.sealer.kick();
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
      await ctx.db.transaction(async (tx) => {
        const [row] = await tx.select().from(users).where(eq(users.id, req.params.id)).for('update');
        if (!row) throw notFound('No such user');
        // The administrator's own session survives a reset of their own password; nobody else's does.
        await setPassword(tx, req.actor, row, req.body.newPassword, row.id === req.actor.userId ? req.session?.tokenHash : undefined);
        await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, row.id));
        await audit(tx, req.actor, { action: 'user.password_reset', objectType: 'user', objectId: row.id });
      });
      ctx.sessionCache.forgetUser(req.params.id);
      ctx.sealer.kick();
      return reply.code(204).send();
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
      const user = await ctx.db.transaction((tx) => completeSetup(tx, req.actor, req.body));
      if (!user) await audit(ctx.db, req.actor, { action: 'setup.first_admin', outcome: 'denied' });
      ctx.sealer.kick();
      if (!user) throw new AppError(403, 'setup_token_invalid', 'This setup link is invalid, used or expired; restart the server for a new one');
      return reply.code(201).send(presentUser(user, null));
    },
  );
};
