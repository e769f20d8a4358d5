import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One plan file = one campaign (a year, a city or district). Exactly one is current. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    city: text('city').notNull(),
    year: integer('year').notNull(),
    isCurrent: boolean('is_current').notNull().default(false),
    /** The validated plan document as imported; organisation and measures are read from it. */
    plan: jsonb('plan').notNull(),
    importedAt: ts('imported_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('campaigns_one_current').on(t.isCurrent).where(sql`${t.isCurrent}`)],
);

export const problemCategories = pgTable(
  'problem_categories',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    sort: smallint('sort').notNull(),
  },
  (t) => [uniqueIndex('problem_categories_campaign_code').on(t.campaignId, t.code)],
);

export const phases = pgTable(
  'phases',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    sort: smallint('sort').notNull(),
  },
  (t) => [uniqueIndex('phases_campaign_code').on(t.campaignId, t.code)],
);

/**
 * The unit registry is shared by all campaigns and outlives them. The row holds the current
 * state; unit_versions keeps every earlier name and parent, so a renamed or merged unit keeps
 * its history.
 */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: integer('parent_id'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    mergedIntoId: integer('merged_into_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_active_name').on(t.name).where(sql`${t.mergedIntoId} is null`),
    index('units_parent').on(t.parentId),
  ],
);

export const unitVersions = pgTable(
  'unit_versions',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    name: text('name').notNull(),
    parentId: integer('parent_id'),
    aliases: text('aliases').array().notNull(),
    validFrom: ts('valid_from').notNull().defaultNow(),
    validTo: ts('valid_to'),
    change: text('change').notNull(),
    reason: text('reason'),
  },
  (t) => [index('unit_versions_unit').on(t.unitId)],
);

/** Which units a campaign monitors closely (the plan's 重点监测部位), in the plan's order. */
export const campaignUnits = pgTable(
  'campaign_units',
  {
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
    monitored: boolean('monitored').notNull(),
    sort: integer('sort').notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] })],
);

export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    unitId: integer('unit_id').references(() => units.id),
  },
  (t) => [uniqueIndex('projects_campaign_number').on(t.campaignId, t.number)],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    passwordHash: text('password_hash'),
    /** TOTP secret sealed with SM4 (SealedBox); pending until the first code confirms it. */
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_lower').on(sql`lower(${t.username})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** One-time links for the first administrator's password. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/**
 * The audit trail. Rows are inserted unsealed inside the transaction of the change they record;
 * the sealer later gives each a place in the chain (seq) and a MAC over its content and the
 * previous row's MAC. A trigger forbids any other update and any early delete.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ts: ts('ts').notNull().defaultNow(),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    outcome: text('outcome').notNull(),
    requestId: text('request_id'),
    detail: jsonb('detail'),
    seq: bigint('seq', { mode: 'number' }),
    mac: text('mac'),
    sealedAt: ts('sealed_at'),
  },
  (t) => [
    uniqueIndex('audit_log_seq').on(t.seq),
    index('audit_log_unsealed').on(t.id).where(sql`${t.seq} is null`),
    index('audit_log_ts').on(t.ts),
  ],
);
