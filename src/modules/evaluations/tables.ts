import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from '../../core/db/columns.js';
import { campaigns, units } from '../../core/db/tables.js';
import { cases } from '../cases/tables.js';

/** Scoring rules of a campaign's evaluations (scale, trimming, minimum sample, panel weights). */
export const evaluationRules = pgTable('evaluation_rules', {
  campaignId: integer('campaign_id').primaryKey().references(() => campaigns.id),
  rules: jsonb('rules').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});


/** People on an evaluation panel (enterprises, foreign investors, deputies); no accounts. */
export const evaluators = pgTable(
  'evaluators',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    panel: text('panel').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation').notNull(),
    /** Phone or mail, sealed with SM4: it is personal data. */
    contactSealed: text('contact_sealed'),
    /** The unit under evaluation the evaluator belongs to, if any: they may not rate it. */
    memberUnitId: integer('member_unit_id').references(() => units.id),
    /** The units the evaluator dealt with; empty means all the units of a round. */
    dealtUnitIds: integer('dealt_unit_ids').array().notNull().default(sql`'{}'::int[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('evaluators_campaign_panel').on(t.campaignId, t.panel)],
);


/** One panel's evaluation in one period (e.g. the enterprise panel, 2011Q1). */
export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    panel: text('panel').notNull(),
    period: text('period').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    closedAt: ts('closed_at'),
    unitIds: integer('unit_ids').array().notNull(),
    createdBy: integer('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_rounds_panel_period').on(t.campaignId, t.panel, t.period)],
);


/** An evaluator's personal link to a round: the token is kept as a keyed hash (to find it) and sealed (to export it again). */
export const evaluationInvitations = pgTable(
  'evaluation_invitations',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull().references(() => evaluationRounds.id),
    evaluatorId: integer('evaluator_id').notNull().references(() => evaluators.id),
    tokenHash: text('token_hash').notNull().unique(),
    tokenSealed: text('token_sealed').notNull(),
    draft: jsonb('draft'),
    draftSavedAt: ts('draft_saved_at'),
    submittedAt: ts('submitted_at'),
    remindedAt: ts('reminded_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_invitations_round_evaluator').on(t.roundId, t.evaluatorId)],
);


/** A submitted rating of one unit by one evaluator. */
export const evaluationAnswers = pgTable(
  'evaluation_answers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    roundId: integer('round_id').notNull().references(() => evaluationRounds.id),
    invitationId: integer('invitation_id').notNull().references(() => evaluationInvitations.id),
    evaluatorId: integer('evaluator_id').notNull().references(() => evaluators.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
    notDealt: boolean('not_dealt').notNull(),
    levels: jsonb('levels').notNull(),
    comment: text('comment'),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    /** When the office released the comment to the unit it is about (never one filed as a case). */
    commentReleasedAt: ts('comment_released_at'),
    commentReleasedBy: integer('comment_released_by'),
  },
  (t) => [uniqueIndex('evaluation_answers_invitation_unit').on(t.invitationId, t.unitId), index('evaluation_answers_round').on(t.roundId)],
);


/** A frozen ranking of a period, approved by a leader before the portal shows it; corrections are new versions. */
export const evaluationPublications = pgTable(
  'evaluation_publications',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    period: text('period').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    note: text('note'),
    results: jsonb('results').notNull(),
    createdBy: integer('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    approvedBy: integer('approved_by'),
    approvedAt: ts('approved_at'),
  },
  (t) => [uniqueIndex('evaluation_publications_version').on(t.campaignId, t.period, t.version)],
);
