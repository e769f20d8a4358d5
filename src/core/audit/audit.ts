import { auditLog } from '../db/tables.js';
import type { Queryable } from '../db/client.js';
import { insertMac, type InsertContent, type InsertForm } from './chain.js';

export type Actor = { userId: number | null; username: string | null; requestId: string | null };

export type AuditEntry = {
  action: string;
  objectType?: string;
  objectId?: string | number;
  outcome?: 'success' | 'failure' | 'denied';
  detail?: Record<string, unknown>;
};

/**
 * The audit key this process writes insert MACs with. Set once by the runtime (one installation
 * per process); writers everywhere call audit() without a key to pass along.
 */
let writeKey: Buffer | null = null;
export function useAuditKey(key: Buffer): void {
  writeKey = key;
}

/** The insert MAC of a row this process is about to insert (see chain.ts insertMac). */
export function auditInsertMac(row: InsertContent, form: InsertForm = 'row'): string {
  if (!writeKey) throw new Error('no audit key: open a runtime (useAuditKey) before writing audit rows');
  return insertMac(writeKey, row, form);
}

/** Writes one audit row; call it with the transaction of the change it records. */
export async function audit(tx: Queryable, actor: Actor, entry: AuditEntry): Promise<void> {
  const row: InsertContent = {
    ts: new Date(),
    userId: actor.userId,
    username: actor.username,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId === undefined ? null : String(entry.objectId),
    outcome: entry.outcome ?? 'success',
    requestId: actor.requestId,
    detail: entry.detail ?? null,
  };
  await tx.insert(auditLog).values({ ...row, imac: auditInsertMac(row) });
}

export const systemActor = (requestId: string | null = null): Actor => ({ userId: null, username: 'system', requestId });
