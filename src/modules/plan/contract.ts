import { z } from 'zod';
import { day, INT32_MAX } from '../../core/http/fields.js';
import type { Wire } from '../../core/http/wire.js';

/**
 * The plan's contract: the plan file's schema and the plan routes' shapes, shared by the server and
 * the web. Web-safe.
 */

// Every day of the plan (the phases' start and end) is `day` (core/http/fields.ts): a real calendar
// day within 1950–2099, as everywhere else in the platform.
const code = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower_snake_case');
const text = z.string().trim().min(1);
/** The rhythms a plan may state (panels, inspections, publication); the web names each one. */
export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'once'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
const frequency = z.enum(FREQUENCIES);

export const UNIT_KINDS = ['department', 'window', 'key_post', 'district', 'other'] as const;
export const ACCOUNTABILITY_OUTCOMES = [
  'internal_criticism',
  'admonition_talk',
  'circulated_criticism',
  'media_exposure',
  'administrative_accountability',
  'organisational_handling',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export type AccountabilityOutcomeCode = (typeof ACCOUNTABILITY_OUTCOMES)[number];

const member = z.object({ position: code, person: text, title: text }).strict();
const inspectionKind = z.object({ frequency, lead: text.optional() }).strict();

/**
 * Plans written before each inspection kind had its own rhythm said `{ frequency, lead,
 * covertVisits }`: open inspections at that rhythm, and covert visits at the same one if true.
 */
function upgradeInspections(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || !('covertVisits' in v || 'frequency' in v)) return v;
  const { frequency: f, lead, covertVisits, ...rest } = v as { frequency?: unknown; lead?: unknown; covertVisits?: unknown };
  return { ...rest, open: { frequency: f, ...(lead === undefined ? {} : { lead }) }, ...(covertVisits === true ? { covert: { frequency: f } } : {}) };
}

/** A campaign plan file. Nothing in the code assumes the 2011 numbers: they all come from here. */
export const planSchema = z
  .object({
    schemaVersion: z.literal(1),
    campaign: z
      .object({
        code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and -'),
        name: text,
        /** The jurisdiction (city, county or district) whose campaign it is: its unit registry is this name's. */
        city: text,
        year: z.number().int().min(2000).max(2200),
        /** The campaign's own short name for itself (政风建设年), used in the console and the portal. */
        shortName: text.optional(),
        /** What its case numbers start with; by default ZF and the year. */
        casePrefix: z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, 'must be 2–12 capital letters and digits, starting with a letter').optional(),
        basis: text.optional(),
        goal: text.optional(),
      })
      .strict(),
    problemCategories: z.array(z.object({ code, name: text, description: text }).strict()).min(1),
    phases: z.array(z.object({ code, name: text, start: day, end: day, description: text.optional() }).strict()).min(1),
    /** Who leads the campaign; a plan may name none of it, and what it does not name is shown as absent. */
    organisation: z
      .object({
        principle: text.optional(),
        leadingGroup: z.object({ name: text, members: z.array(member).default([]) }).strict().optional(),
        office: z
          .object({
            name: text,
            /** The office's short name (市政风办), used in the console, the portal and documents. */
            shortName: text.optional(),
            hostUnit: text.optional(),
            members: z.array(member).default([]),
            staffFrom: z.array(text).default([]),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    measures: z
      .object({
        selfInspection: z.object({ description: text, phase: code.optional() }).strict().optional(),
        evaluationPanels: z.array(z.object({ code, name: text, size: z.number().int().positive(), frequency }).strict()).default([]),
        evaluationPublication: text.optional(),
        /** Each kind of inspection the plan has, with its own rhythm; a kind it does not name is refused. */
        inspections: z
          .preprocess(
            upgradeInspections,
            z
              .object({ open: inspectionKind.optional(), covert: inspectionKind.optional(), teamComposition: z.array(text).default([]) })
              .strict()
              .refine((v) => v.open !== undefined || v.covert !== undefined, { message: 'must name open or covert inspections (or leave inspections out)' }),
          )
          .optional(),
        hotlineLines: z.array(z.object({ code, name: text }).strict()).default([]),
        /** The complaint boxes: where they stand (named places, each a choice at intake), and in words. */
        complaintBoxes: z
          .object({
            description: text.optional(),
            levels: z.array(z.enum(['city', 'district', 'county'])).optional(),
            places: z.array(z.object({ code, name: text, address: text.optional() }).strict()).default([]),
          })
          .strict()
          .optional(),
        mediaColumns: z.array(text).default([]),
        publication: z.object({ frequency, description: text }).strict().optional(),
        /** The outcomes the plan provides for; accountability is recorded with these only (none when it names none). */
        accountabilityOutcomes: z.array(z.enum(ACCOUNTABILITY_OUTCOMES)).default([]),
        yearEnd: z.object({ commendation: text, criticism: text }).strict().optional(),
      })
      .strict(),
    units: z
      .array(
        z
          .object({
            name: text,
            kind: z.enum(UNIT_KINDS),
            monitored: z.boolean(),
            parent: text.optional(),
            aliases: z.array(text).default([]),
            note: text.optional(),
          })
          .strict(),
      )
      .min(1),
    projects: z.array(z.object({ number: z.number().int().positive().max(INT32_MAX), name: text, unit: text.optional() }).strict()).default([]),
  })
  .strict();

export type Plan = z.infer<typeof planSchema>;
export type PlanUnit = Plan['units'][number];

/** GET /api/plan: the current (or named) campaign as the console and the portal show it. */
export const planOut = z.object({
  campaign: z.object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    city: z.string(),
    year: z.number(),
    basis: z.string().nullable(),
    goal: z.string().nullable(),
    shortName: z.string().nullable(),
    isCurrent: z.boolean(),
    ended: z.boolean(),
    closed: z.boolean(),
  }),
  phases: z.array(z.object({ code: z.string(), name: z.string(), start: z.string(), end: z.string(), description: z.string().nullable() })),
  problemCategories: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
  /** Passed through from the plan file (PlanOrganisation). */
  organisation: z.unknown(),
  /** Passed through from the plan file (PlanMeasures). */
  measures: z.unknown(),
  counts: z.object({ monitoredUnits: z.number(), monitoredByKind: z.record(z.string(), z.number()), units: z.number(), projects: z.number() }),
});

/** GET /api/campaigns: the campaigns the user may look at. */
export const campaignOut = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  city: z.string(),
  year: z.number(),
  /** The first phase's start and the last phase's end. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  casePrefix: z.string(),
  /** The one the portal, Open311 and the public channels serve. */
  isCurrent: z.boolean(),
  /** The one this user looks at. */
  viewing: z.boolean(),
  /** Its last phase has ended. */
  ended: z.boolean(),
  /** Closed by the office: read-only, but for the office administrator's corrections. */
  closed: z.boolean(),
});
export const viewBody = z.object({ code: z.string().min(1).max(100) }).strict();
export const closedBody = z.object({ closed: z.boolean() }).strict();
export const projectOut = z.object({ id: z.number(), number: z.number(), name: z.string(), unitId: z.number().nullable() });

export type PlanOrganisation = Plan['organisation'];
export type PlanMeasures = Plan['measures'];
/** GET /api/plan, with the parts passed through from the plan file typed as the file's. */
export type PlanDetail = Omit<Wire<z.output<typeof planOut>>, 'organisation' | 'measures'> & { organisation: PlanOrganisation | null; measures: PlanMeasures | null };
export type CampaignSummary = Wire<z.output<typeof campaignOut>>;
export type PlanCampaign = PlanDetail['campaign'];
export type PlanPhase = PlanDetail['phases'][number];
export type PlanCategory = PlanDetail['problemCategories'][number];
export type PlanCounts = PlanDetail['counts'];
export type PlanMember = NonNullable<PlanOrganisation['leadingGroup']>['members'][number];
export type PlanInspections = NonNullable<PlanMeasures['inspections']>;
export type Project = Wire<z.output<typeof projectOut>>;
