import type { FastifyInstance, FastifyRequest } from 'fastify';
import { campaignsFor, currentOf, viewedCampaign, type CampaignRow } from '../campaign.js';
import { problems } from '../contract.js';
import { notFound, problem } from '../errors.js';

const resolved = Symbol('campaign');

type WithCampaign = FastifyRequest & { [resolved]?: Promise<CampaignRow> };

/** Routes that serve the public whoever asks: the portal's and Open311's, always about the current campaign. */
const servesThePublic = (url: string | undefined) => url !== undefined && (url.startsWith('/api/public/') || url.startsWith('/open311/'));

/**
 * `req.campaign(code?)`: the campaign a request is about, resolved from the instance's copy of the
 * campaigns, kept until a change to them is announced (ctx.campaigns). For a signed-in user, the
 * campaign they chose to look at (or the current one); on the public's routes and for the public,
 * the current one. With a code, that campaign, if the user may look at it (404 otherwise).
 *
 * `req.writableCampaign()`: the request's campaign, for a change to its records; a campaign the
 * office closed is read-only, except for corrections by the office administrator (409 otherwise).
 */
export function registerCampaign(app: FastifyInstance): void {
  app.decorateRequest('campaign', function (this: WithCampaign, code?: string): Promise<CampaignRow> {
    const user = servesThePublic(this.routeOptions.url) ? null : this.user;
    if (code !== undefined) {
      return this.server.ctx.campaigns.get().then((list) => {
        const found = (user ? campaignsFor(list, user) : list).find((c) => c.code === code);
        if (!found) throw notFound(`No campaign "${code}"`);
        return found;
      });
    }
    this[resolved] ??= this.server.ctx.campaigns.get().then((list) => {
      const c = user ? viewedCampaign(list, user) : currentOf(list);
      if (!c) throw notFound(user ? 'No campaign to look at: import a plan first' : 'No current campaign: import a plan first');
      return c;
    });
    return this[resolved];
  });
  app.decorateRequest('writableCampaign', async function (this: WithCampaign): Promise<CampaignRow> {
    const c = await this.campaign();
    if (c.closed && this.user?.role !== 'office_admin') {
      throw problem(problems, 'campaign_closed', `The campaign ${c.code} is closed: its records can no longer change`);
    }
    return c;
  });
}
