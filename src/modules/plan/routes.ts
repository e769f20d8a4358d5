import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { change } from '../../core/http/change.js';
import { z } from 'zod';
import { badRequest } from '../../core/errors.js';
import { validatePlan } from './rules.js';
import { campaignOut, closedBody, planOut, projectOut, viewBody, type Plan } from './contract.js';
import { campaignDetail, importPlan, listProjects, setCampaignClosed, setCurrentCampaign, setViewedCampaign } from './store.js';
import { campaignEnded, campaignsFor, campaignSpan, viewedCampaign } from '../../core/campaign.js';
import { today } from '../../core/calendar/days.js';
import { currentUser } from '../../core/http/context.js';
import { notFound } from '../../core/errors.js';

const tags = ['plan'];
const campaignQuery = z.object({ campaign: z.string().max(100).optional() }).strict();

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  // The console's (the campaign the user looks at) and the portal's (the current one).
  for (const url of ['/api/plan', '/api/public/plan']) app.get(
    url,
    { config: { access: 'public' }, schema: { tags, summary: 'The campaign looked at (the portal’s: the current one), or the named one: phases, problem categories, organisation, measures', querystring: campaignQuery, response: { 200: planOut } } },
    async (req) => {
      const campaign = await req.campaign(req.query.campaign);
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
          shortName: plan.campaign.shortName ?? null,
          isCurrent: campaign.isCurrent,
          ended: campaignEnded(campaign, today()),
          closed: campaign.closed,
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
    { config: { access: 'public' }, schema: { tags, summary: 'The major projects of the campaign looked at (or the named one)', querystring: campaignQuery, response: { 200: z.array(projectOut) } } },
    async (req) => {
      const campaign = await req.campaign(req.query.campaign);
      return (await listProjects(ctx.db, campaign.id)).map((p) => ({ id: p.id, number: p.number, name: p.name, unitId: p.unitId }));
    },
  );

  app.get(
    '/api/campaigns',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'The campaigns this user may look at (a unit’s users: their jurisdiction’s), which one they look at and which is current', response: { 200: z.array(campaignOut) } },
    },
    async (req) => {
      const user = currentUser(req);
      const all = await ctx.campaigns.get();
      const viewed = viewedCampaign(all, user);
      const day = today();
      return campaignsFor(all, user).map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        shortName: (c.plan as Plan).campaign.shortName ?? null,
        city: c.city,
        year: c.year,
        ...campaignSpan(c),
        casePrefix: c.casePrefix,
        isCurrent: c.isCurrent,
        viewing: c.id === viewed?.id,
        ended: campaignEnded(c, day),
        closed: c.closed,
      }));
    },
  );

  app.put(
    '/api/campaigns/viewing',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Look at another campaign (remembered for this user)', body: viewBody } },
    async (req, reply) => {
      const user = currentUser(req);
      const target = campaignsFor(await ctx.campaigns.get(), user).find((c) => c.code === req.body.code);
      if (!target) throw notFound(`No campaign "${req.body.code}"`);
      await change(req, (w) => setViewedCampaign(w, user.id, target.id));
      ctx.sessionCache.forgetUser(user.id);
      return reply.code(204).send();
    },
  );

  app.put(
    '/api/campaigns/:code/closed',
    {
      config: { access: ['office_admin'] },
      schema: { tags, summary: 'Close a campaign (read-only but for the office administrator) or open it again', params: z.object({ code: z.string().max(100) }), body: closedBody },
    },
    async (req, reply) => {
      await change(req, (w) => setCampaignClosed(w, req.params.code, req.body.closed));
      ctx.campaigns.forget();
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/campaigns/:code/current',
    { config: { access: ['office_admin'] }, schema: { tags, summary: 'Make a campaign the current one', params: z.object({ code: z.string().max(100) }) } },
    async (req, reply) => {
      await change(req, (w) => setCurrentCampaign(w, req.params.code));
      ctx.campaigns.forget();
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
      ctx.campaigns.forget();
      return summary;
    },
  );
};
