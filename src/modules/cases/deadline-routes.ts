import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../core/audit/audit.js';
import { problemCategories } from '../plan/tables.js';
import { deadlineRules } from './tables.js';
import { badRequest } from '../../core/errors.js';
import { getCampaign } from '../plan/store.js';
import { CHANNELS, DEFAULT_HANDLING_WORKDAYS } from './rules.js';

const tags = ['cases'];
const ruleOut = z.object({ channel: z.string().nullable(), category: z.string().nullable(), workdays: z.number() });

/** How many working days a case may take, per channel and category, in the current campaign. */
export const deadlineRuleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/deadline-rules',
    { config: { access: ['office_admin', 'office_staff', 'leader'] }, schema: { tags, summary: 'Handling deadlines in working days (the default applies where no rule does)', response: { 200: z.object({ default: z.number(), rules: z.array(ruleOut) }) } } },
    async () => {
      const campaign = await getCampaign(ctx.db);
      const rows = await ctx.db.select().from(deadlineRules).where(eq(deadlineRules.campaignId, campaign.id)).orderBy(asc(deadlineRules.id));
      return { default: DEFAULT_HANDLING_WORKDAYS, rules: rows.map((r) => ({ channel: r.channel, category: r.category, workdays: r.workdays })) };
    },
  );

  app.put(
    '/api/deadline-rules',
    {
      config: { access: ['office_admin'] },
      schema: {
        tags,
        summary: 'Set (workdays) or remove (workdays null) the rule for a channel and/or category',
        body: z.object({ channel: z.enum(CHANNELS).nullable(), category: z.string().max(50).nullable(), workdays: z.number().int().min(1).max(120).nullable() }).strict(),
      },
    },
    async (req, reply) => {
      const campaign = await getCampaign(ctx.db);
      const b = req.body;
      if (b.category !== null) {
        const [c] = await ctx.db.select().from(problemCategories).where(and(eq(problemCategories.campaignId, campaign.id), eq(problemCategories.code, b.category)));
        if (!c) throw badRequest('Unknown problem category', [{ path: 'category', message: `no category "${b.category}"` }]);
      }
      const scope: SQL[] = [
        eq(deadlineRules.campaignId, campaign.id),
        b.channel === null ? isNull(deadlineRules.channel) : eq(deadlineRules.channel, b.channel),
        b.category === null ? isNull(deadlineRules.category) : eq(deadlineRules.category, b.category),
      ];
      await ctx.db.transaction(async (tx) => {
        await tx.delete(deadlineRules).where(and(...scope));
        if (b.workdays !== null) await tx.insert(deadlineRules).values({ campaignId: campaign.id, channel: b.channel, category: b.category, workdays: b.workdays });
        await audit(tx, req.actor, { action: 'deadline_rule.set', objectType: 'campaign', objectId: campaign.id, detail: { ...b } });
      });
      ctx.sealer.kick();
      return reply.code(204).send();
    },
  );
};
