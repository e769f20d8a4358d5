import { z } from 'zod';
import type { Wire } from '../../core/http/wire.js';
import { id } from '../../core/http/fields.js';
import { UNIT_KINDS } from '../plan/contract.js';

/**
 * The unit registry's contract: request and response shapes (the OpenAPI document is built from
 * them), shared by the server and the web. Web-safe. Its refusals are the generic `bad_request`
 * and `conflict` problems, with the field they concern.
 */

/** What a version of a unit records about the change that made it. */
export const UNIT_CHANGES = ['created', 'renamed', 'reparented', 'updated', 'merged', 'retired', 'restored'] as const;
export type UnitChange = (typeof UNIT_CHANGES)[number];

/** The words of the registry's field errors (the web words them in the reader's language). */
export const UNIT_FIELD_MESSAGES = {
  taken: 'is already used',
  cycle: 'would make a cycle',
  retired: 'is retired',
  merged: 'was merged into another unit',
  sameUnit: 'is the same unit',
  reasonForRename: 'is required when the name changes',
} as const;

/**
 * The details of the registry's refusals that concern no field (409 `conflict`). A retirement
 * refused for live sub-units says how many in `subUnits` (and in its detail).
 */
export const UNIT_REFUSALS = {
  mergedCannotChange: 'This unit was merged into another and cannot change',
  retiredCannotChange: 'This unit is retired: restore it before changing it',
  alreadyMerged: 'This unit was already merged into another',
  retiredCannotMerge: 'This unit is retired: restore it before merging it',
  mergedCannotRetire: 'A merged unit cannot be retired',
  alreadyRetired: 'This unit is already retired',
  notRetired: 'This unit is not retired',
  /** With `parent`, its name. */
  parentRetired: 'The parent unit is retired: restore it first',
} as const;

const name = z.string().trim().min(1).max(200);
const aliases = z.array(name).max(20);
const note = z.string().max(500).nullable();
/** Why a unit was renamed, merged or retired: kept in its history. */
export const unitReason = z.string().trim().min(1).max(500);

export const unitOut = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.string(),
  monitored: z.boolean(),
  parentId: z.number().nullable(),
  aliases: z.array(z.string()),
  note: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  /** When the unit stopped existing without a successor; it is offered for nothing new since. */
  retiredAt: z.string().nullable(),
});

export const unitVersionOut = z.object({
  name: z.string(),
  parentId: z.number().nullable(),
  aliases: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  change: z.string(),
  reason: z.string().nullable(),
});

export const unitListQuery = z
  .object({
    monitored: z.enum(['true', 'false']).optional(),
    kind: z.enum(UNIT_KINDS).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    campaign: z.string().max(100).optional(),
    /** The office's registry shows retired units too; pickers and the portal never get them. */
    retired: z.enum(['include']).optional(),
  })
  .strict();

export const newUnitBody = z
  .object({ name, kind: z.enum(UNIT_KINDS), parentId: id.nullable().default(null), aliases: aliases.default([]), note: note.default(null) })
  .strict();

/** A renaming needs a reason (the old name stays in the unit's history). */
export const unitPatchBody = z
  .object({ name: name.optional(), kind: z.enum(UNIT_KINDS).optional(), parentId: id.nullable().optional(), aliases: aliases.optional(), note: note.optional(), reason: unitReason.optional() })
  .strict();

export const mergeUnitBody = z.object({ intoId: id, reason: unitReason }).strict();
export const retireUnitBody = z.object({ reason: unitReason }).strict();
export const restoreUnitBody = z.object({ reason: unitReason.optional() }).strict();

export type Unit = Wire<z.output<typeof unitOut>>;
export type UnitVersion = Wire<z.output<typeof unitVersionOut>>;
export type NewUnitInput = z.input<typeof newUnitBody>;
export type UnitPatchInput = z.input<typeof unitPatchBody>;
