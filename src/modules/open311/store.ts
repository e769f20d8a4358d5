import { aliasedTable, and, asc, desc, eq, gte, inArray, lte, notInArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../core/db/client.js';
import { units } from '../../core/db/tables.js';
import { cases } from '../cases/tables.js';
import { problemCategories } from '../plan/tables.js';

/** Only complaints filed publicly are Open311's business. */
const PUBLIC_CHANNELS = ['web'];
export const CLOSED = ['closed', 'not_accepted', 'merged'];
/**
 * The list shows only complaints the office has accepted, and none filed anonymously: a fresh
 * complaint's time beside its unit could point to who filed it. Its own reporter finds it by
 * token (tokens/{token}.json) and by id.
 */
const LISTED = ['accepted', 'assigned', 'responded', 'closed'];
const LIST_LIMIT = 1000;
const responsible = aliasedTable(units, 'responsible');

export type PublicRequestRow = { c: typeof cases.$inferSelect; unitName: string | null };

/** A campaign's problem categories, as Open311 services. */
export async function serviceCategories(db: Queryable, campaignId: number) {
  return db.select().from(problemCategories).where(eq(problemCategories.campaignId, campaignId)).orderBy(asc(problemCategories.sort));
}

const select = (db: Queryable) => db.select({ c: cases, unitName: responsible.name }).from(cases).leftJoin(responsible, eq(responsible.id, cases.assignedUnitId));

export type RequestFilter = { campaignId: number; ids?: string[]; serviceCode?: string; start: Date; end: Date; status?: 'open' | 'closed' };

/** Publicly filed, accepted, named requests: by ids, or received between two instants; newest first, at most 1000. */
export async function listPublicRequests(db: Queryable, f: RequestFilter): Promise<PublicRequestRow[]> {
  const where: (SQL | undefined)[] = [
    eq(cases.campaignId, f.campaignId),
    inArray(cases.channel, PUBLIC_CHANNELS),
    inArray(cases.status, LISTED),
    eq(cases.anonymous, false),
    f.ids?.length ? inArray(cases.code, f.ids) : and(gte(cases.receivedAt, f.start), lte(cases.receivedAt, f.end)),
    f.serviceCode ? eq(cases.category, f.serviceCode) : undefined,
    f.status === 'closed' ? inArray(cases.status, CLOSED) : f.status === 'open' ? notInArray(cases.status, CLOSED) : undefined,
  ];
  return select(db).where(and(...where)).orderBy(desc(cases.receivedAt)).limit(LIST_LIMIT);
}

/** One publicly filed request of the campaign by its code (its own reporter finds it even before it is listed). */
export async function publicRequest(db: Queryable, campaignId: number, code: string): Promise<PublicRequestRow[]> {
  return select(db).where(and(eq(cases.campaignId, campaignId), eq(cases.code, code), inArray(cases.channel, PUBLIC_CHANNELS)));
}

/** The case code a receipt (token) stands for, by the receipt's keyed hash. */
export async function codeForReceipt(db: Queryable, receiptHash: string): Promise<string | null> {
  const [c] = await db.select({ code: cases.code }).from(cases).where(eq(cases.receiptHash, receiptHash));
  return c?.code ?? null;
}
