import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
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

/** Binary content (attachments) stored in the database, so backups and several instances just work. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

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
    index('cases_received').on(t.receivedAt, t.id),
    index('cases_due').on(t.dueDate).where(sql`${t.status} = 'assigned'`),
  ],
);

/**
 * How many cases are in each status, kept by statement triggers on cases (migration 0008) so that
 * the office's counts need not pass over every case. Writers only append to the deltas, so no
 * intake waits for another on a counter row; a periodic compaction folds the deltas into the totals.
 */
export const caseStatusCounts = pgTable('case_status_counts', {
  status: text('status').primaryKey(),
  n: bigint('n', { mode: 'number' }).notNull(),
});

export const caseStatusDeltas = pgTable('case_status_deltas', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
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

export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    caseId: bigint('case_id', { mode: 'number' }),
    /** The inspection round it is about, for notices to a round's members. */
    roundId: integer('round_id'),
    title: text('title').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
    /** Makes a notification idempotent: the same job run twice sends it once. */
    dedupeKey: text('dedupe_key').unique(),
  },
  (t) => [index('notifications_user').on(t.userId, t.id)],
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

/** One panel's evaluation in one period (e.g. 百家企业评政风, 2011Q1). */
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
