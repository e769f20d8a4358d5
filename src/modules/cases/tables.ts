import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea, ts } from '../../core/db/columns.js';
import { campaigns, units } from '../../core/db/tables.js';

/**
 * One complaint or clue, whatever its channel. The reporter's identity is sealed (SM4) and the
 * public receipt is stored only as a keyed hash.
 */
export const cases = pgTable(
  'cases',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    code: text('code').notNull().unique(),
    channel: text('channel').notNull(),
    channelDetail: jsonb('channel_detail').notNull().default({}),
    reporterSealed: text('reporter_sealed'),
    anonymous: boolean('anonymous').notNull(),
    receiptHash: text('receipt_hash').unique(),
    unitId: integer('unit_id').references(() => units.id),
    personsConcerned: jsonb('persons_concerned').notNull().default([]),
    category: text('category').notNull(),
    secondaryCategories: text('secondary_categories').array().notNull().default(sql`'{}'::text[]`),
    title: text('title').notNull(),
    body: text('body').notNull(),
    receivedAt: ts('received_at').notNull(),
    status: text('status').notNull(),
    assignedUnitId: integer('assigned_unit_id').references(() => units.id),
    dueDate: date('due_date', { mode: 'string' }),
    escalationLevel: smallint('escalation_level').notNull().default(0),
    substantiated: text('substantiated'),
    satisfaction: text('satisfaction'),
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }),
    /** Working-day deadline the due-soon reminder and the overdue escalation were last sent for (idempotent jobs). */
    remindedFor: date('reminded_for', { mode: 'string' }),
    escalatedFor: date('escalated_for', { mode: 'string' }),
    searchText: text('search_text').notNull().default(''),
    createdBy: integer('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cases_status').on(t.status, t.id),
    index('cases_assigned_unit').on(t.assignedUnitId, t.id),
    index('cases_unit').on(t.unitId, t.id),
    index('cases_category').on(t.category, t.id),
    index('cases_channel').on(t.channel, t.id),
    index('cases_received').on(t.campaignId, t.receivedAt, t.id),
    index('cases_due').on(t.campaignId, t.dueDate).where(sql`${t.status} = 'assigned'`),
  ],
);


/**
 * How many cases each campaign has in each status, kept by statement triggers on cases (migrations
 * 0008, 0020) so that the office's counts need not pass over every case. Writers only append to
 * the deltas, so no intake waits for another on a counter row; a periodic compaction folds the
 * deltas into the totals.
 */
export const caseStatusCounts = pgTable(
  'case_status_counts',
  {
    campaignId: integer('campaign_id').notNull(),
    status: text('status').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.status] })],
);


export const caseStatusDeltas = pgTable('case_status_deltas', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  campaignId: integer('campaign_id').notNull(),
  status: text('status').notNull(),
  delta: integer('delta').notNull(),
});


/** The timeline: every step on a case, who took it, when and why. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    ts: ts('ts').notNull().defaultNow(),
    userId: integer('user_id'),
    actorKind: text('actor_kind').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    reason: text('reason'),
    data: jsonb('data').notNull().default({}),
  },
  (t) => [index('case_events_case').on(t.caseId, t.id)],
);


/** Messages between a public reporter (with the receipt) and the office. */
export const caseMessages = pgTable(
  'case_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    author: text('author').notNull(),
    userId: integer('user_id'),
    body: text('body').notNull(),
    ts: ts('ts').notNull().defaultNow(),
  },
  (t) => [index('case_messages_case').on(t.caseId, t.id)],
);


export const accountabilityOutcomes = pgTable(
  'accountability_outcomes',
  {
    id: serial('id').primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    targetKind: text('target_kind').notNull(),
    personName: text('person_name'),
    personPosition: text('person_position'),
    unitId: integer('unit_id').references(() => units.id),
    outcome: text('outcome').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    documentNo: text('document_no').notNull(),
    decidedBy: text('decided_by').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('accountability_case').on(t.caseId), index('accountability_unit').on(t.unitId)],
);


/** Files attached to a case: the original for the office, and a copy without metadata (EXIF/GPS) for units. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    eventId: bigint('event_id', { mode: 'number' }),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storage: text('storage').notNull().default('db'),
    content: bytea('content').notNull(),
    unitCopy: bytea('unit_copy'),
    uploadedBy: integer('uploaded_by'),
    uploaderKind: text('uploader_kind').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('case_attachments_case').on(t.caseId)],
);


/** Working days a case may take, per campaign, optionally per channel and/or category (the most specific wins). */
export const deadlineRules = pgTable(
  'deadline_rules',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    channel: text('channel'),
    category: text('category'),
    workdays: integer('workdays').notNull(),
  },
  (t) => [uniqueIndex('deadline_rules_scope').on(t.campaignId, sql`coalesce(${t.channel}, '')`, sql`coalesce(${t.category}, '')`)],
);
