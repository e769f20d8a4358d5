import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, badRequest, problem } from '../../core/errors.js';
import { answered, auditRead, change, type ChangeOptions } from '../../core/http/change.js';
import { currentUser } from '../../core/http/context.js';
import { problems as coreProblems } from '../../core/contract.js';
import { addressBucket, rateLimit } from '../../core/http/rate-limit.js';
import { evaluatorActor, questionnaire, saveDraft, submit } from './answering.js';
import { createEvaluator, deleteEvaluator, getEvaluator, importEvaluators, importTemplate, listEvaluators, patchEvaluator } from './evaluators.js';
import { OVERALL } from './rules.js';
import {
  answersBody,
  commentCaseOut,
  commentOut,
  commentQuery,
  commentToCaseBody,
  releaseCommentBody,
  createPublicationBody,
  createRoundBody,
  evaluatorBody,
  evaluatorOut,
  evaluatorPatch,
  evaluatorQuery,
  importBody,
  importOut,
  invitationsIssuedOut,
  invitationOut,
  invitationQuery,
  myUnitOut,
  overviewOut,
  patchRoundBody,
  period,
  periodQuery,
  publicationOut,
  publicRankingListOut,
  publicRankingOut,
  problems,
  questionnaireOut,
  remindedOut,
  resultsOut,
  roundDetailOut,
  roundOut,
  rulesOut,
  rulesPatch,
  savedOut,
  submittedOut,
  tokenBody,
  trendOut,
} from './contract.js';
import { issueInvitations, listInvitations, remind } from './invitations.js';
import { approvePublication, createPublication, listPublications, myUnit, publicRanking, publicRankingList } from './publications.js';
import { commentToCase, listComments, periodResults, releaseComment, unitTrend } from './results.js';
import { closeRound, createRound, listRounds, loadRound, patchRound, roundDetail, roundCampaignId } from './rounds.js';
import { evaluationSetup, overview, periodsWithRounds, saveRules } from './setup.js';
import { invitationsWorkbook, resultsWorkbook } from './workbooks.js';
import { idParam } from '../../core/http/fields.js';

const tags = ['evaluations'];
const office = ['office_admin', 'office_staff'] as const;
const readers = ['office_admin', 'office_staff', 'leader'] as const;
const idParams = z.object({ id: idParam });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (reply: FastifyReply, ascii: string, name: string, buffer: Buffer) =>
  reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`).send(buffer);

/** The evaluations by the plan's panels of service users, in the plan's rhythm: the office's side. */
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  /** The request's setup, built once from its campaign (req.campaign()). */
  const setup = async (req: FastifyRequest, forChange = false) => evaluationSetup(ctx.db, await (forChange ? req.writableCampaign() : req.campaign()));
  /**
   * An invitation's questionnaire is its round's campaign's, current or not: each city's evaluators
   * answer their own. An unknown round is left to the token check (the current campaign's setup).
   */
  const roundSetup = async (req: FastifyRequest, roundId: number, forChange = false) => {
    const campaignId = await roundCampaignId(ctx.db, roundId);
    const campaign = (await ctx.campaigns.get()).find((c) => c.id === campaignId);
    if (!campaign) return setup(req);
    if (forChange && campaign.closed) throw problem(coreProblems, 'campaign_closed', `The campaign ${campaign.code} is closed`);
    return evaluationSetup(ctx.db, campaign);
  };
  const origin = (req: FastifyRequest) => ctx.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.host}`;
  /** The office's writes answer a retry with the same Idempotency-Key with the first answer. */
  const once: ChangeOptions = { idempotent: 'user' };
  /**
   * Changes that may find nothing to do (closing a closed round, issuing links none of which is
   * missing, an import only checked, a comment already filed): those leave no audit row.
   */
  const onceMaybeNoop: ChangeOptions = { idempotent: 'user', unaudited: true };

  app.get('/api/evaluations/overview', { config: { access: readers }, schema: { tags, summary: 'Panels, periods, questionnaire and scoring rules of the current campaign', response: { 200: overviewOut } } }, async (req) => {
    const s = await setup(req);
    return overview(s, await periodsWithRounds(ctx.db, s.campaign.id));
  });

  app.put('/api/evaluations/rules', { config: { access: ['office_admin'] }, schema: { tags, summary: 'Change the scoring rules (scale, trimming, minimum sample, panel weights)', body: rulesPatch, response: { 200: rulesOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    return answered(reply, await change(req, (w) => saveRules(w, s, req.body), once));
  });

  app.get('/api/evaluations/rounds', { config: { access: readers }, schema: { tags, summary: 'Evaluation rounds, with response counts', querystring: z.object({ period: period.optional() }).strict(), response: { 200: z.object({ items: z.array(roundOut) }) } } }, async (req) => ({
    items: await listRounds(ctx.db, await setup(req), req.query.period),
  }));

  app.post('/api/evaluations/rounds', { config: { access: office }, schema: { tags, summary: 'Open a round for a panel and period (units default to the monitored ones)', body: createRoundBody, response: { 201: roundDetailOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    const id = answered(reply, await change(req, (w) => createRound(w, s, req.body), once));
    return reply.code(201).send(await roundDetail(ctx.db, s, id));
  });

  app.get('/api/evaluations/rounds/:id', { config: { access: readers }, schema: { tags, summary: 'A round with its units and response counts', params: idParams, response: { 200: roundDetailOut } } }, async (req) =>
    roundDetail(ctx.db, await setup(req), req.params.id),
  );

  app.patch('/api/evaluations/rounds/:id', { config: { access: office }, schema: { tags, summary: 'Change a round’s dates or units (units only before answers come in)', params: idParams, body: patchRoundBody, response: { 200: roundDetailOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    answered(reply, await change(req, (w) => patchRound(w, s, req.params.id, req.body), once));
    return roundDetail(ctx.db, s, req.params.id);
  });

  app.post('/api/evaluations/rounds/:id/close', { config: { access: office }, schema: { tags, summary: 'Close a round: every link of it stops working', params: idParams, response: { 200: roundOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    answered(reply, await change(req, (w) => closeRound(w, s, req.params.id), onceMaybeNoop));
    const { units: _units, ...round } = await roundDetail(ctx.db, s, req.params.id);
    return round;
  });

  app.post('/api/evaluations/rounds/:id/invitations', { config: { access: office }, schema: { tags, summary: 'Issue one invitation link per evaluator of the panel (again: only the missing ones)', params: idParams, response: { 200: invitationsIssuedOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    return answered(reply, await change(req, (w) => issueInvitations(w, ctx, s, req.params.id), onceMaybeNoop));
  });

  app.get('/api/evaluations/rounds/:id/invitations', { config: { access: office }, schema: { tags, summary: 'The invitations of a round with their links and answers’ state', params: idParams, querystring: invitationQuery, response: { 200: z.object({ items: z.array(invitationOut) }) } } }, async (req) => {
    const items = await listInvitations(ctx.db, ctx, await setup(req), req.params.id, req.query.status);
    await auditRead(req, { action: 'evaluation.invitations_view', objectType: 'evaluation_round', objectId: req.params.id });
    return { items };
  });

  app.get('/api/evaluations/rounds/:id/invitations.xlsx', { config: { access: office }, schema: { tags, summary: 'The invitations as a workbook for mail merge or SMS', params: idParams, querystring: invitationQuery } }, async (req, reply) => {
    const s = await setup(req);
    const round = await loadRound(ctx.db, s, req.params.id);
    const list = await listInvitations(ctx.db, ctx, s, req.params.id, req.query.status);
    const panelName = s.panels.find((p) => p.code === round.panel)?.name ?? round.panel;
    await auditRead(req, { action: 'evaluation.invitations_export', objectType: 'evaluation_round', objectId: round.id, detail: { status: req.query.status ?? 'all', rows: list.length } });
    return download(reply, `invitations-${round.id}.xlsx`, `${panelName}-${round.period}-邀请名单.xlsx`, await invitationsWorkbook(`${panelName} ${round.period}`, origin(req), list));
  });

  app.post('/api/evaluations/rounds/:id/reminders', { config: { access: office }, schema: { tags, summary: 'Mark every unanswered invitation as reminded now', params: idParams, response: { 200: remindedOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    return { reminded: answered(reply, await change(req, (w) => remind(w, s, req.params.id), once)) };
  });

  app.get('/api/evaluations/evaluators', { config: { access: office }, schema: { tags, summary: 'The evaluator registry', querystring: evaluatorQuery, response: { 200: z.object({ items: z.array(evaluatorOut) }) } } }, async (req) => ({
    items: await listEvaluators(ctx.db, ctx, await setup(req), req.query),
  }));

  app.post('/api/evaluations/evaluators', { config: { access: office }, schema: { tags, summary: 'Add an evaluator', body: evaluatorBody, response: { 201: evaluatorOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    const id = answered(reply, await change(req, (w) => createEvaluator(w, ctx, s, req.body), once));
    return reply.code(201).send(await getEvaluator(ctx.db, ctx, s, id));
  });

  app.patch('/api/evaluations/evaluators/:id', { config: { access: office }, schema: { tags, summary: 'Change an evaluator', params: idParams, body: evaluatorPatch, response: { 200: evaluatorOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    answered(reply, await change(req, (w) => patchEvaluator(w, ctx, s, req.params.id, req.body), once));
    return getEvaluator(ctx.db, ctx, s, req.params.id);
  });

  app.delete('/api/evaluations/evaluators/:id', { config: { access: office }, schema: { tags, summary: 'Remove an evaluator who has no invitation', params: idParams } }, async (req, reply) => {
    const s = await setup(req, true);
    answered(reply, await change(req, (w) => deleteEvaluator(w, s, req.params.id), once));
    return reply.code(204).send();
  });

  app.post('/api/evaluations/evaluators/import', { config: { access: office }, bodyLimit: 15 * 1024 * 1024, schema: { tags, summary: 'Check an XLSX/CSV evaluator list row by row; import the good rows when confirm is true', body: importBody, response: { 200: importOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    const content = Buffer.from(req.body.contentBase64, 'base64');
    if (content.length === 0) throw badRequest('The file is empty', [{ path: 'contentBase64', message: 'is empty or not base64' }]);
    const file = { filename: req.body.filename, content, confirm: req.body.confirm };
    // Takes no Idempotency-Key: its answer lists every row's names and refusals, which a stored
    // answer for retries would keep in the clear for a day.
    return answered(reply, await change(req, (w) => importEvaluators(w, ctx, s, file), { unaudited: true }));
  });

  app.get('/api/evaluations/evaluators/template.xlsx', { config: { access: office }, schema: { tags, summary: 'An empty evaluator list with the expected columns' } }, async (_req, reply) =>
    download(reply, 'evaluators-template.xlsx', '评议人导入模板.xlsx', await importTemplate()),
  );

  app.get('/api/evaluations/results', { config: { access: readers }, schema: { tags, summary: 'A period’s scores and ranking, with the change against the previous period', querystring: periodQuery, response: { 200: resultsOut } } }, async (req) =>
    periodResults(ctx.db, await setup(req), req.query.period),
  );

  app.get('/api/evaluations/results.xlsx', { config: { access: readers }, schema: { tags, summary: 'A period’s ranking as a workbook', querystring: periodQuery } }, async (req, reply) => {
    const r = await periodResults(ctx.db, await setup(req), req.query.period);
    await auditRead(req, { action: 'evaluation.results_export', detail: { period: req.query.period } });
    return download(reply, `evaluation-${r.period}.xlsx`, `${r.period}评议排名.xlsx`, await resultsWorkbook(r));
  });

  app.get('/api/evaluations/trend', { config: { access: readers }, schema: { tags, summary: 'A unit’s combined score and rank over the periods', querystring: z.object({ unitId: idParam }).strict(), response: { 200: trendOut } } }, async (req) => ({
    items: await unitTrend(ctx.db, await setup(req), req.query.unitId),
  }));

  app.get('/api/evaluations/comments', { config: { access: office }, schema: { tags, summary: 'Evaluators’ comments, without who wrote them', querystring: commentQuery, response: { 200: z.object({ items: z.array(commentOut) }) } } }, async (req) => ({
    items: await listComments(ctx.db, await setup(req), req.query),
  }));

  app.post('/api/evaluations/comments/:id/case', { config: { access: office }, schema: { tags, summary: 'Turn a comment that reports misconduct into a case (channel evaluation); the evaluator stays out of it', params: idParams, body: commentToCaseBody, response: { 200: commentCaseOut, 201: commentCaseOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    if (req.body.category === OVERALL) throw badRequest('Choose one of the eight problems', [{ path: 'category', message: 'must be a problem category' }]);
    const filed = answered(reply, await change(req, (w) => commentToCase(w, ctx, s, req.params.id, req.body), onceMaybeNoop));
    return reply.code(filed.created ? 201 : 200).send({ caseId: filed.caseId, code: filed.code });
  });

  app.post('/api/evaluations/comments/:id/release', { config: { access: office }, schema: { tags, summary: 'Release a comment to the unit it is about (release: true), or take it back; never one filed as a case', params: idParams, body: releaseCommentBody } }, async (req, reply) => {
    const s = await setup(req, true);
    answered(reply, await change(req, (w) => releaseComment(w, s, req.params.id, req.body.release), once));
    return reply.code(204).send();
  });

  app.get('/api/evaluations/publications', { config: { access: readers }, schema: { tags, summary: 'Versions of the published rankings', querystring: z.object({ period: period.optional() }).strict(), response: { 200: z.object({ items: z.array(publicationOut) }) } } }, async (req) => ({
    items: await listPublications(ctx.db, await setup(req), req.query.period),
  }));

  app.post('/api/evaluations/publications', { config: { access: office }, schema: { tags, summary: 'Freeze a period’s ranking as a new version awaiting a leader’s approval', body: createPublicationBody, response: { 201: publicationOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    return reply.code(201).send(answered(reply, await change(req, (w) => createPublication(w, s, req.body.period, req.body.note), once)));
  });

  app.post('/api/evaluations/publications/:id/approve', { config: { access: ['leader'] }, schema: { tags, summary: 'Approve a version for the portal; it never changes afterwards', params: idParams, response: { 200: publicationOut } } }, async (req, reply) => {
    const s = await setup(req, true);
    return answered(reply, await change(req, (w) => approvePublication(w, s, req.params.id), once));
  });

  app.get('/api/evaluations/my-unit', { config: { access: ['unit_liaison'] }, schema: { tags, summary: 'My unit’s approved, published scores and rank, and the (anonymous) comments the office released to it', response: { 200: myUnitOut } } }, async (req) => {
    const user = currentUser(req);
    if (!user.unitId) throw problem(problems, 'no_unit', 'Your account is not linked to a unit');
    return myUnit(ctx.db, await setup(req), user.unitId);
  });

  // ------------------------------------------------------------ public: rankings and the evaluator's link

  app.get('/api/public/rankings', { config: { access: 'public' }, schema: { tags, summary: 'Periods with a published ranking', response: { 200: publicRankingListOut } } }, async (req) => ({
    items: await publicRankingList(ctx.db, await setup(req)),
  }));

  app.get('/api/public/rankings/:period', { config: { access: 'public' }, schema: { tags, summary: 'A published ranking (the latest version unless one is asked for)', params: z.object({ period }), querystring: z.object({ version: z.coerce.number().int().positive().max(10_000).optional() }).strict(), response: { 200: publicRankingOut } } }, async (req) =>
    publicRanking(ctx.db, await setup(req), req.params.period, req.query.version),
  );

  // Tokens carry 128 bits, so guessing is hopeless; still, an address that keeps presenting unknown
  // tokens is slowed down. Only failures count: evaluators on one network saving drafts never do.
  const guarded = async <T>(req: FastifyRequest, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      if (err instanceof AppError && err.code === 'unknown_token') await rateLimit(ctx.db, addressBucket(ctx, 'evaluate', req.ip), 30, 600);
      throw err;
    }
  };

  app.post('/api/public/evaluate/open', { config: { access: 'public' }, schema: { tags, summary: 'Open the questionnaire an invitation token gives (the token in the body, never in a URL)', body: tokenBody, response: { 200: questionnaireOut } } }, async (req) => {
    const s = await roundSetup(req, req.body.roundId);
    return guarded(req, () => questionnaire(ctx.db, ctx, s, req.body.roundId, req.body.token));
  });

  app.put('/api/public/evaluate/draft', { config: { access: 'public' }, schema: { tags, summary: 'Keep a partial questionnaire', body: answersBody, response: { 200: savedOut } } }, async (req) => {
    const s = await roundSetup(req, req.body.roundId, true);
    // Saved as it is typed: not audited. No Idempotency-Key: the portal sends none, and saving again is harmless.
    return guarded(req, async () => (await change(req, (w) => saveDraft(w, ctx, s, req.body.roundId, req.body.token, req.body.answers), { unaudited: true })).value);
  });

  app.post('/api/public/evaluate/submit', { config: { access: 'public' }, schema: { tags, summary: 'Submit the questionnaire; the link is spent', body: answersBody, response: { 200: submittedOut } } }, async (req) => {
    const s = await roundSetup(req, req.body.roundId, true);
    // The evaluator has no account: the change is recorded as theirs whoever else is signed in in this browser.
    req.actor = evaluatorActor(req.id);
    return guarded(req, async () => (await change(req, (w) => submit(w, ctx, s, req.body.roundId, req.body.token, req.body.answers))).value);
  });
};
