import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../core/audit/audit.js';
import { rows } from '../../core/db/client.js';
import { evaluationAnswers } from './tables.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import { currentUser } from '../../core/http/context.js';
import { addressBucket, rateLimit } from '../../core/http/rate-limit.js';
import { fileCase } from '../cases/intake.js';
import { questionnaire, saveDraft, submit } from './answering.js';
import { createEvaluator, deleteEvaluator, importEvaluators, importTemplate, listEvaluators, patchEvaluator } from './evaluators.js';
import { OVERALL } from './rules.js';
import {
  answersBody,
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
  questionnaireOut,
  resultsOut,
  roundDetailOut,
  roundOut,
  rulesOut,
  rulesPatch,
  tokenBody,
  trendOut,
} from './schema.js';
import {
  approvePublication,
  closeRound,
  createPublication,
  createRound,
  evaluationSetup,
  issueInvitations,
  listComments,
  listInvitations,
  listPublications,
  listRounds,
  loadRound,
  myUnit,
  overview,
  patchRound,
  periodResults,
  periodsWithRounds,
  publicRanking,
  publicRankingList,
  releaseComment,
  remind,
  roundDetail,
  saveRules,
  unitTrend,
} from './store.js';
import { invitationsWorkbook, resultsWorkbook } from './workbooks.js';
import { idParam } from '../../core/http/fields.js';

const tags = ['evaluations'];
const office = ['office_admin', 'office_staff'] as const;
const readers = ['office_admin', 'office_staff', 'leader'] as const;
const idParams = z.object({ id: idParam });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (reply: FastifyReply, ascii: string, name: string, buffer: Buffer) =>
  reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`).send(buffer);

/** The quarterly evaluations by enterprises, foreign investors and deputies: the office's side. */
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const setup = () => evaluationSetup(ctx.db);
  const origin = (req: FastifyRequest) => ctx.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.host}`;
  const done = <T>(v: T): T => {
    ctx.sealer.kick();
    return v;
  };

  app.get('/api/evaluations/overview', { config: { access: readers }, schema: { tags, summary: 'Panels, periods, questionnaire and scoring rules of the current campaign', response: { 200: overviewOut } } }, async () => {
    const s = await setup();
    return overview(s, await periodsWithRounds(ctx.db, s.campaign.id));
  });

  app.put('/api/evaluations/rules', { config: { access: ['office_admin'] }, schema: { tags, summary: 'Change the scoring rules (scale, trimming, minimum sample, panel weights)', body: rulesPatch, response: { 200: rulesOut } } }, async (req) => {
    const s = await setup();
    return done(await ctx.db.transaction((tx) => saveRules(tx, req.actor, s, req.body)));
  });

  app.get('/api/evaluations/rounds', { config: { access: readers }, schema: { tags, summary: 'Evaluation rounds, with response counts', querystring: z.object({ period: period.optional() }).strict(), response: { 200: z.object({ items: z.array(roundOut) }) } } }, async (req) => ({
    items: await listRounds(ctx.db, await setup(), req.query.period),
  }));

  app.post('/api/evaluations/rounds', { config: { access: office }, schema: { tags, summary: 'Open a round for a panel and period (units default to the monitored ones)', body: createRoundBody, response: { 201: roundDetailOut } } }, async (req, reply) => {
    const s = await setup();
    const id = await ctx.db.transaction((tx) => createRound(tx, req.actor, s, req.body));
    return reply.code(201).send(done(await roundDetail(ctx.db, s, id)));
  });

  app.get('/api/evaluations/rounds/:id', { config: { access: readers }, schema: { tags, summary: 'A round with its units and response counts', params: idParams, response: { 200: roundDetailOut } } }, async (req) =>
    roundDetail(ctx.db, await setup(), req.params.id),
  );

  app.patch('/api/evaluations/rounds/:id', { config: { access: office }, schema: { tags, summary: 'Change a round’s dates or units (units only before answers come in)', params: idParams, body: patchRoundBody, response: { 200: roundDetailOut } } }, async (req) => {
    const s = await setup();
    await ctx.db.transaction((tx) => patchRound(tx, req.actor, s, req.params.id, req.body));
    return done(await roundDetail(ctx.db, s, req.params.id));
  });

  app.post('/api/evaluations/rounds/:id/close', { config: { access: office }, schema: { tags, summary: 'Close a round: every link of it stops working', params: idParams, response: { 200: roundOut } } }, async (req) => {
    const s = await setup();
    await ctx.db.transaction((tx) => closeRound(tx, req.actor, s, req.params.id));
    const { units: _units, ...round } = await roundDetail(ctx.db, s, req.params.id);
    return done(round);
  });

  app.post('/api/evaluations/rounds/:id/invitations', { config: { access: office }, schema: { tags, summary: 'Issue one invitation link per evaluator of the panel (again: only the missing ones)', params: idParams, response: { 200: z.object({ created: z.number(), total: z.number() }) } } }, async (req) => {
    const s = await setup();
    return done(await ctx.db.transaction((tx) => issueInvitations(tx, ctx, req.actor, s, req.params.id)));
  });

  app.get('/api/evaluations/rounds/:id/invitations', { config: { access: office }, schema: { tags, summary: 'The invitations of a round with their links and answers’ state', params: idParams, querystring: invitationQuery, response: { 200: z.object({ items: z.array(invitationOut) }) } } }, async (req) => {
    const items = await listInvitations(ctx.db, ctx, await setup(), req.params.id, req.query.status);
    await audit(ctx.db, req.actor, { action: 'evaluation.invitations_view', objectType: 'evaluation_round', objectId: req.params.id });
    return done({ items });
  });

  app.get('/api/evaluations/rounds/:id/invitations.xlsx', { config: { access: office }, schema: { tags, summary: 'The invitations as a workbook for mail merge or SMS', params: idParams, querystring: invitationQuery } }, async (req, reply) => {
    const s = await setup();
    const round = await loadRound(ctx.db, s, req.params.id);
    const list = await listInvitations(ctx.db, ctx, s, req.params.id, req.query.status);
    const panelName = s.panels.find((p) => p.code === round.panel)?.name ?? round.panel;
    await audit(ctx.db, req.actor, { action: 'evaluation.invitations_export', objectType: 'evaluation_round', objectId: round.id, detail: { status: req.query.status ?? 'all', rows: list.length } });
    ctx.sealer.kick();
    return download(reply, `invitations-${round.id}.xlsx`, `${panelName}-${round.period}-邀请名单.xlsx`, await invitationsWorkbook(`${panelName} ${round.period}`, origin(req), list));
  });

  app.post('/api/evaluations/rounds/:id/reminders', { config: { access: office }, schema: { tags, summary: 'Mark every unanswered invitation as reminded now', params: idParams, response: { 200: z.object({ reminded: z.number() }) } } }, async (req) => {
    const s = await setup();
    return done({ reminded: await ctx.db.transaction((tx) => remind(tx, req.actor, s, req.params.id)) });
  });

  app.get('/api/evaluations/evaluators', { config: { access: office }, schema: { tags, summary: 'The evaluator registry', querystring: evaluatorQuery, response: { 200: z.object({ items: z.array(evaluatorOut) }) } } }, async (req) => ({
    items: await listEvaluators(ctx.db, ctx, await setup(), req.query),
  }));

  app.post('/api/evaluations/evaluators', { config: { access: office }, schema: { tags, summary: 'Add an evaluator', body: evaluatorBody, response: { 201: evaluatorOut } } }, async (req, reply) => {
    const s = await setup();
    return reply.code(201).send(done(await ctx.db.transaction((tx) => createEvaluator(tx, ctx, req.actor, s, req.body))));
  });

  app.patch('/api/evaluations/evaluators/:id', { config: { access: office }, schema: { tags, summary: 'Change an evaluator', params: idParams, body: evaluatorPatch, response: { 200: evaluatorOut } } }, async (req) => {
    const s = await setup();
    return done(await ctx.db.transaction((tx) => patchEvaluator(tx, ctx, req.actor, s, req.params.id, req.body)));
  });

  app.delete('/api/evaluations/evaluators/:id', { config: { access: office }, schema: { tags, summary: 'Remove an evaluator who has no invitation', params: idParams } }, async (req, reply) => {
    const s = await setup();
    await ctx.db.transaction((tx) => deleteEvaluator(tx, req.actor, s, req.params.id));
    ctx.sealer.kick();
    return reply.code(204).send();
  });

  app.post('/api/evaluations/evaluators/import', { config: { access: office }, bodyLimit: 15 * 1024 * 1024, schema: { tags, summary: 'Check an XLSX/CSV evaluator list row by row; import the good rows when confirm is true', body: importBody, response: { 200: importOut } } }, async (req) => {
    const s = await setup();
    const content = Buffer.from(req.body.contentBase64, 'base64');
    if (content.length === 0) throw badRequest('The file is empty', [{ path: 'contentBase64', message: 'is empty or not base64' }]);
    return done(await ctx.db.transaction((tx) => importEvaluators(tx, ctx, req.actor, s, { filename: req.body.filename, content, confirm: req.body.confirm })));
  });

  app.get('/api/evaluations/evaluators/template.xlsx', { config: { access: office }, schema: { tags, summary: 'An empty evaluator list with the expected columns' } }, async (_req, reply) =>
    download(reply, 'evaluators-template.xlsx', '评议人导入模板.xlsx', await importTemplate()),
  );

  app.get('/api/evaluations/results', { config: { access: readers }, schema: { tags, summary: 'A period’s scores and ranking, with the change against the previous period', querystring: periodQuery, response: { 200: resultsOut } } }, async (req) =>
    periodResults(ctx.db, await setup(), req.query.period),
  );

  app.get('/api/evaluations/results.xlsx', { config: { access: readers }, schema: { tags, summary: 'A period’s ranking as a workbook', querystring: periodQuery } }, async (req, reply) => {
    const r = await periodResults(ctx.db, await setup(), req.query.period);
    await audit(ctx.db, req.actor, { action: 'evaluation.results_export', detail: { period: req.query.period } });
    ctx.sealer.kick();
    return download(reply, `evaluation-${r.period}.xlsx`, `${r.period}评议排名.xlsx`, await resultsWorkbook(r));
  });

  app.get('/api/evaluations/trend', { config: { access: readers }, schema: { tags, summary: 'A unit’s combined score and rank over the periods', querystring: z.object({ unitId: idParam }).strict(), response: { 200: trendOut } } }, async (req) => ({
    items: await unitTrend(ctx.db, await setup(), req.query.unitId),
  }));

  app.get('/api/evaluations/comments', { config: { access: office }, schema: { tags, summary: 'Evaluators’ comments, without who wrote them', querystring: commentQuery, response: { 200: z.object({ items: z.array(commentOut) }) } } }, async (req) => ({
    items: await listComments(ctx.db, await setup(), req.query),
  }));

  app.post('/api/evaluations/comments/:id/case', { config: { access: office }, schema: { tags, summary: 'Turn a comment that reports misconduct into a case (channel evaluation); the evaluator stays out of it', params: idParams, body: commentToCaseBody, response: { 200: z.object({ caseId: z.number(), code: z.string() }), 201: z.object({ caseId: z.number(), code: z.string() }) } } }, async (req, reply) => {
    const s = await setup();
    if (req.body.category === OVERALL) throw badRequest('Choose one of the eight problems', [{ path: 'category', message: 'must be a problem category' }]);
    const result = await ctx.db.transaction(async (tx) => {
      const [a] = await rows<{ id: string; unit_id: number; comment: string | null; case_id: string | null; case_code: string | null; period: string; panel: string; round_id: number }>(
        tx,
        sql`select a.id, a.unit_id, a.comment, a.case_id, c.code as case_code, r.period, r.panel, r.id as round_id
            from evaluation_answers a join evaluation_rounds r on r.id = a.round_id left join cases c on c.id = a.case_id
            where a.id = ${req.params.id} and r.campaign_id = ${s.campaign.id} for update of a`,
      );
      if (!a || !a.comment) throw notFound('No such comment');
      if (a.case_id && a.case_code) return { status: 200, caseId: Number(a.case_id), code: a.case_code };
      const panelName = s.panels.find((p) => p.code === a.panel)?.name ?? a.panel;
      const filed = await fileCase(tx, ctx, req.actor, {
        channel: 'evaluation',
        // Where it came from, never from whom.
        detail: { roundId: a.round_id, period: a.period, panel: a.panel },
        unitId: a.unit_id,
        category: req.body.category,
        title: req.body.title ?? `${panelName}（${a.period}）评议意见`,
        body: a.comment,
      });
      // A comment that became a case is never the unit's to read: any release is withdrawn.
      await tx.update(evaluationAnswers).set({ caseId: filed.id, commentReleasedAt: null, commentReleasedBy: null }).where(and(eq(evaluationAnswers.id, Number(a.id))));
      await audit(tx, req.actor, { action: 'evaluation.comment_to_case', objectType: 'evaluation_answer', objectId: a.id, detail: { caseId: filed.id } });
      return { status: 201, caseId: filed.id, code: filed.code };
    });
    ctx.sealer.kick();
    return reply.code(result.status as 201).send({ caseId: result.caseId, code: result.code });
  });

  app.post('/api/evaluations/comments/:id/release', { config: { access: office }, schema: { tags, summary: 'Release a comment to the unit it is about (release: true), or take it back; never one filed as a case', params: idParams, body: releaseCommentBody } }, async (req, reply) => {
    const s = await setup();
    await ctx.db.transaction((tx) => releaseComment(tx, req.actor, s, req.params.id, req.body.release));
    ctx.sealer.kick();
    return reply.code(204).send();
  });

  app.get('/api/evaluations/publications', { config: { access: readers }, schema: { tags, summary: 'Versions of the published rankings', querystring: z.object({ period: period.optional() }).strict(), response: { 200: z.object({ items: z.array(publicationOut) }) } } }, async (req) => ({
    items: await listPublications(ctx.db, await setup(), req.query.period),
  }));

  app.post('/api/evaluations/publications', { config: { access: office }, schema: { tags, summary: 'Freeze a period’s ranking as a new version awaiting a leader’s approval', body: createPublicationBody, response: { 201: publicationOut } } }, async (req, reply) => {
    const s = await setup();
    return reply.code(201).send(done(await ctx.db.transaction((tx) => createPublication(tx, req.actor, s, req.body.period, req.body.note))));
  });

  app.post('/api/evaluations/publications/:id/approve', { config: { access: ['leader'] }, schema: { tags, summary: 'Approve a version for the portal; it never changes afterwards', params: idParams, response: { 200: publicationOut } } }, async (req) => {
    const s = await setup();
    return done(await ctx.db.transaction((tx) => approvePublication(tx, req.actor, s, req.params.id)));
  });

  app.get('/api/evaluations/my-unit', { config: { access: ['unit_liaison'] }, schema: { tags, summary: 'My unit’s approved, published scores and rank, and the (anonymous) comments the office released to it', response: { 200: myUnitOut } } }, async (req) => {
    const user = currentUser(req);
    if (!user.unitId) throw new AppError(409, 'no_unit', 'Your account is not linked to a unit');
    return myUnit(ctx.db, await setup(), user.unitId);
  });

  // ------------------------------------------------------------ public: rankings and the evaluator's link

  app.get('/api/public/rankings', { config: { access: 'public' }, schema: { tags, summary: 'Periods with a published ranking', response: { 200: publicRankingListOut } } }, async () => ({
    items: await publicRankingList(ctx.db, await setup()),
  }));

  app.get('/api/public/rankings/:period', { config: { access: 'public' }, schema: { tags, summary: 'A published ranking (the latest version unless one is asked for)', params: z.object({ period }), querystring: z.object({ version: z.coerce.number().int().positive().max(10_000).optional() }).strict(), response: { 200: publicRankingOut } } }, async (req) =>
    publicRanking(ctx.db, await setup(), req.params.period, req.query.version),
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
    const s = await setup();
    return guarded(req, () => questionnaire(ctx.db, ctx, s, req.body.roundId, req.body.token));
  });

  app.put('/api/public/evaluate/draft', { config: { access: 'public' }, schema: { tags, summary: 'Keep a partial questionnaire', body: answersBody, response: { 200: z.object({ savedAt: z.string() }) } } }, async (req) => {
    const s = await setup();
    return guarded(req, () => ctx.db.transaction((tx) => saveDraft(tx, ctx, s, req.body.roundId, req.body.token, req.body.answers)));
  });

  app.post('/api/public/evaluate/submit', { config: { access: 'public' }, schema: { tags, summary: 'Submit the questionnaire; the link is spent', body: answersBody, response: { 200: z.object({ submittedAt: z.string() }) } } }, async (req) => {
    const s = await setup();
    return done(await guarded(req, () => ctx.db.transaction((tx) => submit(tx, ctx, s, req.body.roundId, req.body.token, req.body.answers, req.id))));
  });
};
