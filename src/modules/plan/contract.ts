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

/** A campaign plan file. Nothing in the code assumes the 2011 numbers: they all come from here. */
export const planSchema = z
  .object({
    schemaVersion: z.literal(1),
    campaign: z
      .object({
        code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and -'),
        name: text,
        city: text,
        year: z.number().int().min(2000).max(2200),
        basis: text.optional(),
        goal: text.optional(),
      })
      .strict(),
    problemCategories: z.array(z.object({ code, name: text, description: text }).strict()).min(1),
    phases: z.array(z.object({ code, name: text, start: day, end: day, description: text }).strict()).min(1),
    organisation: z
      .object({
        principle: text.optional(),
        leadingGroup: z.object({ name: text, members: z.array(member) }).strict(),
        office: z
          .object({ name: text, hostUnit: text.optional(), members: z.array(member), staffFrom: z.array(text).default([]) })
          .strict(),
      })
      .strict(),
    measures: z
      .object({
        selfInspection: z.object({ description: text, phase: code.optional() }).strict().optional(),
        evaluationPanels: z.array(z.object({ code, name: text, size: z.number().int().positive(), frequency }).strict()).default([]),
        evaluationPublication: text.optional(),
        inspections: z
          .object({ frequency, lead: text, covertVisits: z.boolean(), teamComposition: z.array(text).default([]) })
          .strict()
          .optional(),
        hotlineLines: z.array(z.object({ code, name: text }).strict()).default([]),
        complaintBoxes: z.object({ levels: z.array(z.enum(['city', 'district', 'county'])), description: text }).strict().optional(),
        mediaColumns: z.array(text).default([]),
        publication: z.object({ frequency, description: text }).strict().optional(),
        accountabilityOutcomes: z.array(z.enum(ACCOUNTABILITY_OUTCOMES)).default([...ACCOUNTABILITY_OUTCOMES]),
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
    isCurrent: z.boolean(),
  }),
  phases: z.array(z.object({ code: z.string(), name: z.string(), start: z.string(), end: z.string(), description: z.string() })),
  problemCategories: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
  /** Passed through from the plan file (PlanOrganisation). */
  organisation: z.unknown(),
  /** Passed through from the plan file (PlanMeasures). */
  measures: z.unknown(),
  counts: z.object({ monitoredUnits: z.number(), monitoredByKind: z.record(z.string(), z.number()), units: z.number(), projects: z.number() }),
});

export const campaignOut = z.object({ id: z.number(), code: z.string(), name: z.string(), city: z.string(), year: z.number(), isCurrent: z.boolean() });
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
export type PlanMember = PlanOrganisation['leadingGroup']['members'][number];
export type Project = Wire<z.output<typeof projectOut>>;
