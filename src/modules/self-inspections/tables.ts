import { date, index, integer, jsonb, numeric, pgTable, primaryKey, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from '../../core/db/columns.js';
import { campaigns, units, users } from '../../core/db/tables.js';
import { cases } from '../cases/tables.js';

/** The office asks units for a report (the self-inspection, the re-rectification, the year-end summary, or another) by a due day. */
export const selfInspectionRequests = pgTable(
  'self_inspection_requests',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    instructions: text('instructions'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('self_inspection_requests_campaign').on(t.campaignId, t.id)],
);

/** One unit's report for a request: its working copy (draft, or what was last submitted) and where it stands. */
export const selfInspectionReports = pgTable(
  'self_inspection_reports',
  {
    id: serial('id').primaryKey(),
    requestId: integer('request_id')
      .notNull()
      .references(() => selfInspectionRequests.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status').notNull().default('open'),
    content: jsonb('content').notNull(),
    revision: integer('revision').notNull().default(0),
    submittedAt: ts('submitted_at'),
    firstSubmittedAt: ts('first_submitted_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('self_inspection_reports_request_unit').on(t.requestId, t.unitId), index('self_inspection_reports_unit').on(t.unitId)],
);

/** Each submission of a report, as submitted, with the office's review of it: every version stays readable. */
export const selfInspectionVersions = pgTable(
  'self_inspection_versions',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => selfInspectionReports.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    submittedBy: integer('submitted_by').references(() => users.id),
    decision: text('decision'),
    comment: text('comment'),
    itemComments: jsonb('item_comments'),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
    reviewedAt: ts('reviewed_at'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
  },
  (t) => [uniqueIndex('self_inspection_versions_report_version').on(t.reportId, t.version)],
);

/** A rectification the unit did not carry out, filed by the office as a case (once per item). */
export const selfInspectionCases = pgTable(
  'self_inspection_cases',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => selfInspectionReports.id),
    itemKey: text('item_key').notNull(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.itemKey] }), uniqueIndex('self_inspection_cases_case').on(t.caseId)],
);
