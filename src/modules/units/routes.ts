import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { change } from '../../core/http/change.js';
import { OFFICE_ROLES } from '../../core/auth/roles.js';
import { assertUnitInScope } from '../../core/auth/scope.js';
import { currentUser } from '../../core/http/context.js';
import { UNIT_KINDS } from '../plan/contract.js';
import { createUnit, getUnit, isMonitored, listUnits, mergeUnit, unitHistory, unitLiaisons, updateUnit, type UnitRow } from './store.js';
import { id, idParam } from '../../core/http/fields.js';

const tags = ['units'];
const name = z.string().trim().min(1).max(200);
const unitOut = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.string(),
  monitored: z.boolean(),
  parentId: z.number().nullable(),
  aliases: z.array(z.string()),
  note: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
});
const present = (u: UnitRow, monitored: boolean): z.infer<typeof unitOut> => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  monitored,
  parentId: u.parentId,
  aliases: u.aliases,
  note: u.note,
  mergedIntoId: u.mergedIntoId,
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
        summary: 'The unit registry of the campaign’s jurisdiction; `monitored` refers to the campaign looked at (the portal’s: the current one), or the named one',
        querystring: z
          .object({
            monitored: z.enum(['true', 'false']).optional(),
            kind: z.enum(UNIT_KINDS).optional(),
            q: z.string().trim().min(1).max(100).optional(),
            campaign: z.string().max(100).optional(),
          })
          .strict(),
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
          200: z.array(z.object({ name: z.string(), parentId: z.number().nullable(), aliases: z.array(z.string()), validFrom: z.string(), validTo: z.string().nullable(), change: z.string(), reason: z.string().nullable() })),
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

  const newUnitBody = z
    .object({ name, kind: z.enum(UNIT_KINDS), parentId: id.nullable().default(null), aliases: z.array(name).max(20).default([]), note: z.string().max(500).nullable().default(null) })
    .strict();
  app.post(
    '/api/units',
    { config: office, schema: { tags, summary: 'Add a unit to the registry', body: newUnitBody, response: { 201: unitOut } } },
    async (req, reply) => {
      const { value: u } = await change(req, async (w) => createUnit(w, { ...req.body, jurisdictionId: await registry(req) }));
      return reply.code(201).send(present(u, false));
    },
  );

  const patchBody = z
    .object({ name: name.optional(), kind: z.enum(UNIT_KINDS).optional(), parentId: id.nullable().optional(), aliases: z.array(name).max(20).optional(), note: z.string().max(500).nullable().optional(), reason: z.string().trim().min(1).max(500).optional() })
    .strict();
  app.patch(
    '/api/units/:id',
    { config: office, schema: { tags, summary: 'Rename, re-parent or edit a unit (its history is kept)', params: idParams, body: patchBody, response: { 200: unitOut } } },
    async (req) => {
      const { value: u } = await change(req, async (w) => updateUnit(w, await registry(req), req.params.id, req.body));
      return presentIn(req, u);
    },
  );

  app.post(
    '/api/units/:id/merge',
    {
      config: office,
      schema: { tags, summary: 'Merge a unit into another', params: idParams, body: z.object({ intoId: id, reason: z.string().trim().min(1).max(500) }).strict(), response: { 200: unitOut } },
    },
    async (req) => {
      const { value: u } = await change(req, async (w) => mergeUnit(w, await registry(req), req.params.id, req.body.intoId, req.body.reason));
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
