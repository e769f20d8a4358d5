import { index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { ts } from '../../core/db/columns.js';
import { units } from '../../core/db/tables.js';

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
