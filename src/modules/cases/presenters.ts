import { z } from 'zod';
import { STATUSES } from './rules.js';

export const listItemOut = z.object({
  id: z.number(),
  code: z.string(),
  channel: z.string(),
  category: z.string(),
  title: z.string(),
  status: z.enum(STATUSES),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  assignedUnitId: z.number().nullable(),
  assignedUnitName: z.string().nullable(),
  receivedAt: z.string(),
  dueDate: z.string().nullable(),
  deadline: z.enum(['on_time', 'due_soon', 'overdue']).nullable(),
  escalationLevel: z.number(),
  anonymous: z.boolean(),
});

export const detailOut = listItemOut.extend({
  channelDetail: z.record(z.string(), z.unknown()),
  body: z.string(),
  personsConcerned: z.array(z.object({ name: z.string(), position: z.string().optional() })),
  secondaryCategories: z.array(z.string()),
  substantiated: z.string().nullable(),
  satisfaction: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  hasReporter: z.boolean(),
  publicReceipt: z.boolean(),
  allowedActions: z.array(z.string()),
  canRecordAccountability: z.boolean(),
  timeline: z.array(
    z.object({
      id: z.number(),
      ts: z.string(),
      action: z.string(),
      actorKind: z.string(),
      actorName: z.string().nullable(),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      reason: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  attachments: z.array(z.object({ id: z.number(), filename: z.string(), mime: z.string(), size: z.number(), eventId: z.number().nullable(), createdAt: z.string() })),
  messages: z.array(z.object({ id: z.number(), author: z.string(), body: z.string(), ts: z.string() })),
  accountability: z.array(
    z.object({
      id: z.number(),
      targetKind: z.string(),
      personName: z.string().nullable(),
      personPosition: z.string().nullable(),
      unitId: z.number().nullable(),
      outcome: z.string(),
      decisionDate: z.string(),
      documentNo: z.string(),
      decidedBy: z.string(),
    }),
  ),
});

export const filedOut = z.object({ id: z.number(), code: z.string() });
