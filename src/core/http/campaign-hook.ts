import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CampaignRow } from '../campaign.js';
import { notFound } from '../errors.js';

const resolved = Symbol('campaign');

type WithCampaign = FastifyRequest & { [resolved]?: Promise<CampaignRow> };

/**
 * `req.campaign()`: the current campaign, resolved once per request, from the instance's copy
 * that is kept until a change to the campaigns is announced (ctx.campaign).
 */
export function registerCampaign(app: FastifyInstance): void {
  app.decorateRequest('campaign', function (this: WithCampaign): Promise<CampaignRow> {
    this[resolved] ??= this.server.ctx.campaign.get().then((c) => {
      if (!c) throw notFound('No current campaign: import a plan first');
      return c;
    });
    return this[resolved];
  });
}
