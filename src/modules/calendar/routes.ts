import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { change } from '../../core/http/change.js';
import { z } from 'zod';
import { addDays, PUBLISHED_YEARS, today } from '../../core/calendar/workdays.js';
import { listOverrides, removeOverride, setOverride } from './store.js';
import { day } from '../../core/http/fields.js';

const tags = ['calendar'];

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const staff = ['office_admin', 'office_staff', 'leader', 'unit_liaison'] as const;

  app.get(
    '/api/calendar/overrides',
    { config: { access: staff }, schema: { tags, summary: "The office's working-day overrides", response: { 200: z.array(z.object({ day: z.string(), workday: z.boolean(), note: z.string().nullable() })) } } },
    async () => (await listOverrides(ctx.db)).map((o) => ({ day: o.day, workday: o.workday, note: o.note })),
  );

  app.put(
    '/api/calendar/overrides/:day',
    {
      config: { access: ['office_admin'] },
      schema: { tags, summary: 'Mark a day as a working day or a day off (e.g. for a year the official calendar lacks)', params: z.object({ day }), body: z.object({ workday: z.boolean(), note: z.string().trim().max(200).nullable().default(null) }).strict() },
    },
    async (req, reply) => {
      await change(req, (w) => setOverride(w, req.params.day, req.body.workday, req.body.note));
      // Other instances hear of it from the database; this one must not wait for that.
      ctx.calendar.forget();
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/calendar/overrides/:day',
    { config: { access: ['office_admin'] }, schema: { tags, summary: 'Remove an override', params: z.object({ day }) } },
    async (req, reply) => {
      await change(req, (w) => removeOverride(w, req.params.day));
      ctx.calendar.forget();
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/calendar/workdays',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: 'Working days from a day: the due date n working days later and the days in between',
        querystring: z.object({ from: day.optional(), n: z.coerce.number().int().min(1).max(250).default(15) }).strict(),
        response: { 200: z.object({ from: z.string(), n: z.number(), due: z.string(), published: z.boolean(), days: z.array(z.object({ day: z.string(), workday: z.boolean() })) }) },
      },
    },
    async (req) => {
      const cal = await ctx.calendar.get();
      const from = req.query.from ?? today();
      const due = cal.addWorkdays(from, req.query.n);
      const days: { day: string; workday: boolean }[] = [];
      for (let d = addDays(from, 1); d <= due; d = addDays(d, 1)) days.push({ day: d, workday: cal.isWorkday(d) });
      const year = (d: string) => Number(d.slice(0, 4));
      const published = year(from) >= PUBLISHED_YEARS.from && year(due) <= PUBLISHED_YEARS.to;
      return { from, n: req.query.n, due, published, days };
    },
  );
};
