import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { notFound } from '../../core/errors.js';
import { PUBLIC_STEPS } from './contract.js';
import { caseEvents, caseMessages, cases } from './tables.js';


/** The case whose receipt hashes to this (the receipt itself is never stored), or 404. */
export async function caseByReceipt(db: Queryable, receiptHash: string) {
  const [c] = await db.select().from(cases).where(eq(cases.receiptHash, receiptHash));
  if (!c) throw notFound('No case has this receipt');
  return c;
}

/** What a reporter sees of their case: its status, the public steps and the messages. */
export async function trackCase(db: Queryable, receiptHash: string) {
  const c = await caseByReceipt(db, receiptHash);
  const [unit] = c.assignedUnitId ? await db.select({ name: units.name }).from(units).where(eq(units.id, c.assignedUnitId)) : [];
  const steps = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, c.id), inArray(caseEvents.action, [...PUBLIC_STEPS])))
    .orderBy(asc(caseEvents.id));
  const messages = await db.select().from(caseMessages).where(eq(caseMessages.caseId, c.id)).orderBy(asc(caseMessages.id));
  return {
    code: c.code,
    status: c.status,
    category: c.category,
    title: c.title,
    unitName: unit?.name ?? null,
    receivedAt: c.receivedAt.toISOString(),
    progress: steps.map((s) => ({ ts: s.ts.toISOString(), step: s.action, reason: s.action === 'reject' ? s.reason : null })),
    messages: messages.map((m) => ({ author: m.author, body: m.body, ts: m.ts.toISOString() })),
  };
}
