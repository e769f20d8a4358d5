import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../core/errors.js';
import { currentUser } from '../../core/http/context.js';
import { listQuery, pageOut } from './contract.js';
import { listNotifications, markRead, ownsNotification, unreadCount } from './store.js';
import { bigIdParam } from '../../core/http/fields.js';

const tags = ['notifications'];
const mine = { access: 'authenticated' as const };

/** Every user's own notices; nobody reads another's. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/notifications',
    {
      config: mine,
      schema: {
        tags,
        summary: 'My notifications, newest first',
        querystring: listQuery,
        response: { 200: pageOut },
      },
    },
    async (req) => {
      const user = currentUser(req);
      const language = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh-CN';
      const { id: campaignId } = await req.campaign();
      return { items: await listNotifications(ctx.db, user.id, campaignId, req.query.before, req.query.limit, language), unread: await unreadCount(ctx.db, user.id, campaignId) };
    },
  );

  app.get(
    '/api/notifications/unread-count',
    { config: mine, schema: { tags, summary: 'How many of my notifications are unread', response: { 200: z.object({ unread: z.number() }) } } },
    async (req) => ({ unread: await unreadCount(ctx.db, currentUser(req).id, (await req.campaign()).id) }),
  );

  app.post(
    '/api/notifications/:id/read',
    { config: mine, schema: { tags, summary: 'Mark one notification read', params: z.object({ id: bigIdParam }) } },
    async (req, reply) => {
      const user = currentUser(req);
      // Marking an already read notice again is fine; another user's notice is not found.
      const { id: campaignId } = await req.campaign();
      if ((await markRead(ctx.db, user.id, campaignId, req.params.id)) === 0 && !(await ownsNotification(ctx.db, user.id, campaignId, req.params.id))) {
        throw notFound('No such notification');
      }
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/notifications/read-all',
    { config: mine, schema: { tags, summary: 'Mark all my notifications read', response: { 200: z.object({ marked: z.number() }) } } },
    async (req) => ({ marked: await markRead(ctx.db, currentUser(req).id, (await req.campaign()).id) }),
  );
};
