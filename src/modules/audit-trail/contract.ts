import { z } from 'zod';
import type { Wire } from '../../core/http/wire.js';
import { bigIdParam, instant } from '../../core/http/fields.js';

/**
 * The audit trail's contract: its filters, an entry as the auditor reads it, and the catalogue
 * of actions (core/audit/actions.ts) as GET /api/audit/actions serves it. Web-safe.
 */

export const OUTCOMES = ['success', 'failure', 'denied'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** At most this many rows in one workbook; a longer trail is cut, and the workbook says so. */
export const EXPORT_MAX_ROWS = 10_000;

/** An action code as written (`case.reporter_view`). */
const actionCode = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'must be an action code such as case.view');
/** A username or a person's display name. */
const person = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((v) => !/[\p{Cc}]/u.test(v), 'must not contain control characters');
/** A kind of object (`case`, `unit`, `evaluation_round`…). */
const objectType = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, 'must be an object type such as case or unit');
/** An object's id as the trail keeps it (a number, a day), or a case number (ZF2011-000006), which means that case. */
const objectId = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be an id or a case number such as ZF2011-000006');

export const trailFilter = z
  .object({
    action: actionCode.optional(),
    /** A username, or a person's display name (every user of that name). */
    username: person.optional(),
    objectType: objectType.optional(),
    objectId: objectId.optional(),
    outcome: z.enum(OUTCOMES).optional(),
    from: instant.optional(),
    to: instant.optional(),
  })
  .strict();

export const trailQuery = trailFilter
  .extend({
    cursor: bigIdParam.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const entryOut = z.object({
  id: z.number(),
  seq: z.number().nullable(),
  ts: z.string(),
  username: z.string().nullable(),
  /** The user's display name (by username); null when no user has that name (the system, a wrong sign-in name). */
  actorName: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  /** What the object is called (a case's number, a unit's or a person's name…); null when unknown or never named. */
  objectLabel: z.string().nullable(),
  outcome: z.string(),
  requestId: z.string().nullable(),
  detail: z.unknown(),
  /** The names of the records the detail refers to by id (`into`, `unitId`, `caseId`, `roundId`), by key. */
  detailLabels: z.record(z.string(), z.string()),
});

export const trailPage = z.object({ items: z.array(entryOut), nextCursor: z.string().nullable() });

export const catalogueOut = z.object({
  areas: z.array(z.object({ area: z.string(), actions: z.array(z.string()) })),
  objectTypes: z.array(z.string()),
});

export type TrailFilter = z.input<typeof trailFilter>;
export type AuditEntry = Wire<z.output<typeof entryOut>>;
export type TrailPage = Wire<z.output<typeof trailPage>>;
export type ActionCatalogue = Wire<z.output<typeof catalogueOut>>;
