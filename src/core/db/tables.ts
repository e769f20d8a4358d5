import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from './columns.js';
/**
 * A city, county or district whose government runs campaigns: it has its own unit registry, which
 * its campaigns share from year to year and no other jurisdiction sees.
 */
export const jurisdictions = pgTable('jurisdictions', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  createdAt: ts('created_at').notNull().defaultNow(),
});


/**
 * One plan file = one campaign (a year of one jurisdiction). Exactly one is current: the one the
 * portal, Open311 and the public channels serve; staff look at whichever they choose.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    city: text('city').notNull(),
    jurisdictionId: integer('jurisdiction_id').notNull().references(() => jurisdictions.id),
    year: integer('year').notNull(),
    /** What its case numbers start with (ZF2011-000001); unique, so codes never collide between campaigns. */
    casePrefix: text('case_prefix').notNull().unique(),
    isCurrent: boolean('is_current').notNull().default(false),
    /** Closed by the office after its end: read-only, except for corrections by the office administrator. */
    closed: boolean('closed').notNull().default(false),
    /** The validated plan document as imported; organisation and measures are read from it. */
    plan: jsonb('plan').notNull(),
    importedAt: ts('imported_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('campaigns_one_current').on(t.isCurrent).where(sql`${t.isCurrent}`)],
);


/**
 * The unit registry of each jurisdiction, shared by its campaigns and outliving them. The row holds
 * the current state; unit_versions keeps every earlier name and parent, so a renamed or merged
 * unit keeps its history.
 */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    jurisdictionId: integer('jurisdiction_id').notNull().references(() => jurisdictions.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: integer('parent_id'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    mergedIntoId: integer('merged_into_id'),
    /** Set when the unit stops existing without a successor: kept for its records, offered for nothing new. */
    retiredAt: ts('retired_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_active_name').on(t.jurisdictionId, t.name).where(sql`${t.mergedIntoId} is null`),
    index('units_parent').on(t.parentId),
  ],
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
    /** The campaign this user chose to look at; null: the current one. */
    viewingCampaignId: integer('viewing_campaign_id').references(() => campaigns.id),
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


/**
 * Addresses each user has signed in from, as keyed hashes (never the address): failed sign-ins
 * from elsewhere lock the account for everyone else, but not for the user at a known address.
 */
export const signInAddresses = pgTable(
  'sign_in_addresses',
  {
    userId: integer('user_id').notNull().references(() => users.id),
    address: text('address').notNull(),
    lastSuccessAt: ts('last_success_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.address] })],
);


/** One-time links for the first administrator's password. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/**
 * One-time links an administrator gives a user who lost their password: the user sets a new one
 * with it. Only the token's hash is kept; a new link for the same user ends the earlier ones.
 */
export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  createdBy: integer('created_by').references(() => users.id),
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
    /**
     * The insert MAC: a nonce and HMAC-SM3 over the row's content, computed by the application
     * as it inserts the row (core/audit/chain.ts insertMac). The sealer refuses a row without a
     * valid one, so a row forged with database access, or a rewritten one whose seals were
     * nulled, never enters the chain. Unique, so that a copied row cannot be sealed twice.
     * Null only on rows sealed before it existed.
     */
    imac: text('imac'),
  },
  (t) => [
    uniqueIndex('audit_log_seq').on(t.seq),
    uniqueIndex('audit_log_imac').on(t.imac),
    index('audit_log_unsealed').on(t.id).where(sql`${t.seq} is null`),
    index('audit_log_ts').on(t.ts),
  ],
);


/**
 * Legitimate prunes of the audit trail (rows older than 184 days), recorded by a trigger on
 * delete: a chain that no longer starts at seq 1 is truncated unless a prune here reached the
 * seq just below its first row (core/audit/verify.ts).
 */
export const auditPrunes = pgTable('audit_prunes', {
  id: serial('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }),
  lastTs: ts('last_ts'),
  rows: integer('rows').notNull(),
  at: ts('at').notNull().defaultNow(),
});


/**
 * Unsealed audit rows the sealer refused (no valid insert MAC, or back in time): set aside once,
 * so that later passes do not read them again; verify still reports them as forged or unsealed.
 */
export const auditRefusals = pgTable('audit_refusals', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  reason: text('reason').notNull(),
  at: ts('at').notNull().defaultNow(),
});


/** Days the office marks as working days or days off, above the official calendar (e.g. a year it lacks). */
export const calendarOverrides = pgTable('calendar_overrides', {
  day: date('day', { mode: 'string' }).primaryKey(),
  workday: boolean('workday').notNull(),
  note: text('note'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});


export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    /** The campaign of the case or round it is about: a notice shows only while that campaign is looked at. */
    campaignId: integer('campaign_id').references(() => campaigns.id),
    caseId: bigint('case_id', { mode: 'number' }),
    /** The inspection round it is about, for notices to a round's members. */
    roundId: integer('round_id'),
    /** The notice's words on rows from before notices were stored as a message; new rows leave it null. */
    title: text('title'),
    /** The notice as a message of the catalogue (notifications/contract.ts) and its parameters, worded in the reader's language. */
    messageKey: text('message_key'),
    messageParams: jsonb('message_params'),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
    /** Makes a notification idempotent: the same job run twice sends it once. */
    dedupeKey: text('dedupe_key').unique(),
  },
  (t) => [index('notifications_user').on(t.userId, t.campaignId, t.id)],
);


/** A retried request with the same Idempotency-Key gets the original answer, never a duplicate. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  scope: text('scope').notNull(),
  key: text('key').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  response: jsonb('response').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.scope, t.key] })]);


/** Fixed-window counters shared by all instances (rate limits). */
export const rateLimits = pgTable('rate_limits', {
  bucket: text('bucket').primaryKey(),
  windowStart: ts('window_start').notNull(),
  hits: integer('hits').notNull(),
});
