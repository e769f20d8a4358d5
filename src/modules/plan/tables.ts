import { boolean, date, integer, pgTable, primaryKey, serial, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { campaigns, units } from '../../core/db/tables.js';

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
    /** Null when the plan does not describe the phase. */
    description: text('description'),
    sort: smallint('sort').notNull(),
  },
  (t) => [uniqueIndex('phases_campaign_code').on(t.campaignId, t.code)],
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
