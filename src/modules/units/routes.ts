import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { change } from '../../core/http/change.js';
import { OFFICE_ROLES } from '../../core/auth/roles.js';
import { assertUnitInScope } from '../../core/auth/scope.js';
import { currentUser } from '../../core/http/context.js';
import { mergeUnitBody, newUnitBody, restoreUnitBody, retireUnitBody, unitListQuery, unitOut, unitPatchBody, unitVersionOut } from './contract.js';
import { createUnit, getUnit, isMonitored, listUnits, mergeUnit, restoreUnit, retireUnit, unitHistory, unitLiaisons, updateUnit, type UnitRow } from './store.js';
import { idParam } from '../../core/http/fields.js';

const tags = ['units'];
const present = (u: UnitRow, monitored: boolean): z.infer<typeof unitOut> => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  monitored,
  parentId: u.parentId,
  aliases: u.aliases,
  note: u.note,
  mergedIntoId: u.mergedIntoId,
  retiredAt: u.retiredAt?.toISOString() ?? null,
});
const idParams = z.object({ id: idParam });

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const office = { access: [...OFFICE_ROLES] as const };
  const presentIn = async (req: FastifyRequest, u: UnitRow) => present(u, await isMonitored(ctx.db, (await req.campaign()).id, u.id));
  /** The jurisdiction whose registry the request reaches: its campaign's. */
  const registry = async (req: FastifyRequest, code?: string) => (await req.campaign(code)).jurisdictionId;

  // The console's (the registry of the campaign the user looks at) and the portal's (the current one's).
  for (const url of ['/api/units', '/api/public/units']) app.get(
    url,
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'The unit registry of the campaign’s jurisdiction; `monitored` refers to the campaign looked at (the portal’s: the current one), or the named one. Retired units only with `retired=include`, and never on the portal’s list',
        querystring: unitListQuery,
        response: { 200: z.array(unitOut) },
      },
    },
    async (req) => {
      const campaign = await req.campaign(req.query.campaign);
      const found = await listUnits(ctx.db, {
        jurisdictionId: campaign.jurisdictionId,
        campaignId: campaign.id,
        ...(req.query.monitored ? { monitored: req.query.monitored === 'true' } : {}),
        ...(req.query.kind ? { kind: req.query.kind } : {}),
        ...(req.query.q ? { q: req.query.q } : {}),
        includeRetired: url === '/api/units' && req.query.retired === 'include',
      });
      return found.map((r) => present(r.unit, r.monitored));
    },
  );

  app.get(
    '/api/units/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "A unit's names and parents over time",
        params: idParams,
        response: {
          200: z.array(unitVersionOut),
        },
      },
    },
    async (req) =>
      (await unitHistory(ctx.db, await registry(req), req.params.id)).map((v) => ({
        name: v.name,
        parentId: v.parentId,
        aliases: v.aliases,
        validFrom: v.validFrom.toISOString(),
        validTo: v.validTo?.toISOString() ?? null,
        change: v.change,
        reason: v.reason,
      })),
  );

  app.post(
    '/api/units',
    { config: office, schema: { tags, summary: 'Add a unit to the registry', body: newUnitBody, response: { 201: unitOut } } },
    async (req, reply) => {
      const { value: u } = await change(req, async (w) => createUnit(w, { ...req.body, jurisdictionId: await registry(req) }));
      return reply.code(201).send(present(u, false));
    },
  );

  app.patch(
    '/api/units/:id',
    { config: office, schema: { tags, summary: 'Rename, re-parent or edit a unit (its history is kept)', params: idParams, body: unitPatchBody, response: { 200: unitOut } } },
    async (req) => {
      const { value: u } = await change(req, async (w) => updateUnit(w, await registry(req), req.params.id, req.body, { renameNeedsReason: true }));
      return presentIn(req, u);
    },
  );

  app.post(
    '/api/units/:id/merge',
    {
      config: office,
      schema: { tags, summary: 'Merge a unit into another: its sub-units and campaign memberships move to it (cannot be undone)', params: idParams, body: mergeUnitBody, response: { 200: unitOut } },
    },
    async (req) => {
      const { value: u } = await change(req, async (w) => mergeUnit(w, await registry(req), req.params.id, req.body.intoId, req.body.reason));
      return presentIn(req, u);
    },
  );

  app.post(
    '/api/units/:id/retire',
    {
      config: office,
      schema: {
        tags,
        summary: 'Retire a unit that stopped existing without a successor: kept with its records, offered for nothing new (its live sub-units must go first)',
        params: idParams,
        body: retireUnitBody,
        response: { 200: unitOut },
      },
    },
    async (req) => {
      const { value: u } = await change(req, async (w) => retireUnit(w, await registry(req), req.params.id, req.body.reason));
      return presentIn(req, u);
    },
  );

  app.post(
    '/api/units/:id/restore',
    { config: office, schema: { tags, summary: 'Bring a retired unit back', params: idParams, body: restoreUnitBody, response: { 200: unitOut } } },
    async (req) => {
      const { value: u } = await change(req, async (w) => restoreUnit(w, await registry(req), req.params.id, req.body.reason ?? null));
      return presentIn(req, u);
    },
  );

  app.get(
    '/api/units/:id/liaisons',
    {
      config: { access: ['office_admin', 'office_staff', 'leader', 'unit_liaison'] },
      schema: {
        tags,
        summary: "The liaison accounts of a unit (a liaison sees only its own unit's and sub-units')",
        params: idParams,
        response: { 200: z.array(z.object({ id: z.number(), username: z.string(), displayName: z.string(), disabled: z.boolean() })) },
      },
    },
    async (req) => {
      await assertUnitInScope(ctx.db, currentUser(req), req.params.id);
      await getUnit(ctx.db, await registry(req), req.params.id);
      return unitLiaisons(ctx.db, req.params.id);
    },
  );

  app.get(
    '/api/units/:id',
    { config: { access: 'public' }, schema: { tags, summary: 'One unit', params: idParams, response: { 200: unitOut } } },
    async (req) => {
      const u = await getUnit(ctx.db, await registry(req), req.params.id);
      return presentIn(req, u);
    },
  );
};
