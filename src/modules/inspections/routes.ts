import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answered, change, type Changed } from '../../core/http/change.js';
import { currentUser } from '../../core/http/context.js';
import { MANAGERS, RECORDERS, ROUND_READERS } from './rules.js';
import { changeFindingBody, createRoundBody, filedCaseOut, findingBody, inspectorOut, patchRoundBody, roundDetailOut, roundOut, roundQuery, transitionBody, withdrawFindingBody } from './contract.js';
import { changeFinding, createRound, fileFinding, listInspectors, listRounds, patchRound, recordFinding, roundDetail, transitionRound, withdrawFinding } from './store.js';
import { idParam } from '../../core/http/fields.js';

const tags = ['inspections'];
const office = MANAGERS as readonly ('office_admin' | 'office_staff')[];
const idParams = z.object({ id: idParam });
const idemHeader = z.object({ 'idempotency-key': z.string().optional() }).loose();

/** Open inspections (明察) and covert visits (暗访): plan a round, record what it finds, file findings as cases. */
export const inspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  /** A record created once per Idempotency-Key: a retry gets 201 with the id the first request made, marked as replayed. */
  const created = (reply: FastifyReply, changed: Changed<number>) => reply.code(201).send({ id: answered(reply, changed) });

  app.get(
    '/api/inspections/rounds',
    { config: { access: ROUND_READERS }, schema: { tags, summary: 'Inspection rounds and covert visits of the current campaign (an inspector sees only its own)', querystring: roundQuery, response: { 200: z.object({ items: z.array(roundOut) }) } } },
    async (req) => ({ items: await listRounds(ctx.db, currentUser(req), (await req.campaign()).id, req.query) }),
  );

  app.post(
    '/api/inspections/rounds',
    { config: { access: office }, schema: { tags, summary: 'Plan a round: its kind, days, units to visit and members', headers: idemHeader, body: createRoundBody, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const campaign = await req.writableCampaign();
      return created(reply, await change(req, (w) => createRound(w, campaign, req.body), { idempotent: 'user' }));
    },
  );

  app.get(
    '/api/inspections/rounds/:id',
    { config: { access: ROUND_READERS }, schema: { tags, summary: 'A round with its units, members and findings', params: idParams, response: { 200: roundDetailOut } } },
    async (req) => roundDetail(ctx.db, currentUser(req), (await req.campaign()).id, req.params.id),
  );

  app.patch(
    '/api/inspections/rounds/:id',
    { config: { access: office }, schema: { tags, summary: 'Change a round that is not closed', params: idParams, body: patchRoundBody, response: { 200: roundDetailOut } } },
    async (req) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      await change(req, (w) => patchRound(w, user, campaign, req.params.id, req.body));
      return roundDetail(ctx.db, user, campaign.id, req.params.id);
    },
  );

  app.post(
    '/api/inspections/rounds/:id/transition',
    { config: { access: office }, schema: { tags, summary: 'Start a round, or close it (409 names the changes allowed)', params: idParams, body: transitionBody, response: { 200: roundDetailOut } } },
    async (req) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      await change(req, (w) => transitionRound(w, user, campaign.id, req.params.id, req.body.to));
      return roundDetail(ctx.db, user, campaign.id, req.params.id);
    },
  );

  app.post(
    '/api/inspections/rounds/:id/findings',
    { config: { access: RECORDERS }, schema: { tags, summary: 'Record a finding at one of the round’s units (the office, or a member while the round is in progress)', params: idParams, headers: idemHeader, body: findingBody, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      return created(reply, await change(req, (w) => recordFinding(w, user, campaign.id, req.params.id, req.body), { idempotent: 'user' }));
    },
  );

  app.patch(
    '/api/inspections/findings/:id',
    { config: { access: RECORDERS }, schema: { tags, summary: 'Correct a finding not yet filed (the office, or the member who recorded it while the round is in progress)', params: idParams, body: changeFindingBody, response: { 200: roundDetailOut } } },
    async (req) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      const { value: roundId } = await change(req, (w) => changeFinding(w, user, campaign.id, req.params.id, req.body));
      return roundDetail(ctx.db, user, campaign.id, roundId);
    },
  );

  app.post(
    '/api/inspections/findings/:id/withdraw',
    { config: { access: RECORDERS }, schema: { tags, summary: 'Withdraw a finding recorded by mistake, with the reason; it stays on the round, marked, and is not filed', params: idParams, body: withdrawFindingBody, response: { 200: roundDetailOut } } },
    async (req) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      const { value: roundId } = await change(req, (w) => withdrawFinding(w, user, campaign.id, req.params.id, req.body.reason));
      return roundDetail(ctx.db, user, campaign.id, roundId);
    },
  );

  app.post(
    '/api/inspections/findings/:id/case',
    { config: { access: office }, schema: { tags, summary: 'File a finding as a case on the round’s channel (once: asking again answers with that case)', params: idParams, response: { 200: filedCaseOut, 201: filedCaseOut } } },
    async (req, reply) => {
      const user = currentUser(req);
      const campaign = await req.writableCampaign();
      // Asking again for a filed finding changes nothing, and so leaves no audit row.
      const { value: filed } = await change(req, (w) => fileFinding(w, ctx, user, campaign.id, req.params.id), { unaudited: true });
      return reply.code(filed.created ? 201 : 200).send({ caseId: filed.caseId, code: filed.code });
    },
  );

  app.get(
    '/api/inspections/inspectors',
    { config: { access: office }, schema: { tags, summary: 'Active inspector accounts, to choose a round’s members from', response: { 200: z.object({ items: z.array(inspectorOut) }) } } },
    async () => ({ items: await listInspectors(ctx.db) }),
  );
};
