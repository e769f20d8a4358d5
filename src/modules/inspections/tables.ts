import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from '../../core/db/columns.js';
import { campaigns, units, users } from '../../core/db/tables.js';
import { cases } from '../cases/tables.js';

/**
 * An inspection round (明察) or covert visit (暗访): a team of inspectors (accounts) and outside
 * members (named, without accounts) who visit some units between two days and record what they find.
 */
export const inspectionRounds = pgTable(
  'inspection_rounds',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('planned'),
    unitIds: integer('unit_ids').array().notNull(),
    memberIds: integer('member_ids').array().notNull(),
    externalMembers: jsonb('external_members').notNull().default([]),
    notes: text('notes'),
    createdBy: integer('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('inspection_rounds_campaign').on(t.campaignId, t.startsOn)],
);


/** What a round found at a unit; filed as a case (channel inspection or covert_visit) at most once. */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull().references(() => inspectionRounds.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
    category: text('category').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    observedAt: ts('observed_at').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at'),
    caseId: integer('case_id').references(() => cases.id),
    /** A finding recorded by mistake is withdrawn with a reason, not deleted: the record stays. */
    withdrawnAt: ts('withdrawn_at'),
    withdrawnBy: integer('withdrawn_by').references(() => users.id),
    withdrawReason: text('withdraw_reason'),
  },
  (t) => [
    index('inspection_findings_round').on(t.roundId, t.id),
    uniqueIndex('inspection_findings_case').on(t.caseId),
    check('inspection_findings_withdrawn_not_filed', sql`${t.withdrawnAt} is null or ${t.caseId} is null`),
  ],
);
