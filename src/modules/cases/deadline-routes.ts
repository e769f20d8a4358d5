import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { change } from '../../core/http/change.js';
import { listDeadlineRules, setDeadlineRule } from './deadlines.js';
import { deadlineRuleBody, deadlineRulesOut } from './contract.js';
import { DEFAULT_HANDLING_WORKDAYS } from './rules.js';

const tags = ['cases'];

/** How many working days a case may take, per channel and category, in the current campaign. */
export const deadlineRuleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/deadline-rules',
    { config: { access: ['office_admin', 'office_staff', 'leader'] }, schema: { tags, summary: 'Handling deadlines in working days (the default applies where no rule does)', response: { 200: deadlineRulesOut } } },
    async (req) => ({ default: DEFAULT_HANDLING_WORKDAYS, rules: await listDeadlineRules(ctx.db, (await req.campaign()).id) }),
  );

  app.put(
    '/api/deadline-rules',
    {
      config: { access: ['office_admin'] },
      schema: {
        tags,
        summary: 'Set (workdays) or remove (workdays null) the rule for a channel and/or category',
        body: deadlineRuleBody,
      },
    },
    async (req, reply) => {
      const campaign = await req.writableCampaign();
      await change(req, (w) => setDeadlineRule(w, campaign.id, req.body));
      return reply.code(204).send();
    },
  );
};
