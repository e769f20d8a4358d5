import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { change } from '../../core/http/change.js';
import { z } from 'zod';
import { badRequest } from '../../core/errors.js';
import { validatePlan } from './rules.js';
import { campaignOut, planOut, projectOut, type Plan } from './contract.js';
import { campaignDetail, getCampaign, importPlan, listCampaigns, listProjects, setCurrentCampaign } from './store.js';

const tags = ['plan'];
const campaignQuery = z.object({ campaign: z.string().max(100).optional() }).strict();

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/plan',
    { config: { access: 'public' }, schema: { tags, summary: 'The current (or named) campaign: phases, problem categories, organisation, measures', querystring: campaignQuery, response: { 200: planOut } } },
    async (req) => {
      const campaign = req.query.campaign ? await getCampaign(ctx.db, req.query.campaign) : await req.campaign();
      const plan = campaign.plan as Plan;
      const d = await campaignDetail(ctx.db, campaign);
      const monitoredByKind = Object.fromEntries(d.byKind.map((k) => [k.kind, k.n]));
      return {
        campaign: {
          id: campaign.id,
          code: campaign.code,
          name: campaign.name,
          city: campaign.city,
          year: campaign.year,
          basis: plan.campaign.basis ?? null,
          goal: plan.campaign.goal ?? null,
          isCurrent: campaign.isCurrent,
        },
        phases: d.phases.map((p) => ({ code: p.code, name: p.name, start: p.startDate, end: p.endDate, description: p.description })),
        problemCategories: d.categories.map((c) => ({ code: c.code, name: c.name, description: c.description })),
        organisation: plan.organisation,
        measures: plan.measures,
        counts: {
          monitoredUnits: d.byKind.reduce((a, k) => a + k.n, 0),
          monitoredByKind,
          units: d.units,
          projects: d.projects,
        },
      };
    },
  );

  app.get(
    '/api/projects',
    { config: { access: 'public' }, schema: { tags, summary: 'The major projects of the current (or named) campaign', querystring: campaignQuery, response: { 200: z.array(projectOut) } } },
    async (req) => {
      const campaign = req.query.campaign ? await getCampaign(ctx.db, req.query.campaign) : await req.campaign();
      return (await listProjects(ctx.db, campaign.id)).map((p) => ({ id: p.id, number: p.number, name: p.name, unitId: p.unitId }));
    },
  );

  app.get(
    '/api/campaigns',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'All campaigns in the database', response: { 200: z.array(campaignOut) } } },
    async () => listCampaigns(ctx.db),
  );

  app.post(
    '/api/campaigns/:code/current',
    { config: { access: ['office_admin'] }, schema: { tags, summary: 'Make a campaign the current one', params: z.object({ code: z.string().max(100) }) } },
    async (req, reply) => {
      await change(req, (w) => setCurrentCampaign(w, req.params.code));
      ctx.campaign.forget();
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/plans',
    {
      config: { access: ['office_admin'] },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import a plan file (JSON); refused as a whole if any field is wrong',
        querystring: z.object({ makeCurrent: z.enum(['true', 'false']).optional() }).strict(),
        body: z.unknown(),
        response: { 200: z.object({ campaignId: z.number(), created: z.boolean(), current: z.boolean(), unitsCreated: z.number() }) },
      },
    },
    async (req) => {
      const checked = validatePlan(req.body);
      if (!checked.ok) throw badRequest(`The plan has ${checked.errors.length} error(s)`, checked.errors);
      const { value: summary } = await change(req, (w) => importPlan(w, checked.plan, { makeCurrent: req.query.makeCurrent === 'true' }));
      ctx.campaign.forget();
      return summary;
    },
  );
};
