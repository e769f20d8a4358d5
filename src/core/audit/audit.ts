import { auditLog } from '../db/schema.js';
import type { Queryable } from '../db/client.js';

export type Actor = { userId: number | null; username: string | null; requestId: string | null };

export type AuditEntry = {
  action: string;
  objectType?: string;
  objectId?: string | number;
  outcome?: 'success' | 'failure' | 'denied';
  detail?: Record<string, unknown>;
};

/** Writes one audit row; call it with the transaction of the change it records. */
export async function audit(tx: Queryable, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    ts: new Date(),
    userId: actor.userId,
    username: actor.username,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId === undefined ? null : String(entry.objectId),
    outcome: entry.outcome ?? 'success',
    requestId: actor.requestId,
    detail: entry.detail ?? null,
  });
}

export const systemActor = (requestId: string | null = null): Actor => ({ userId: null, username: 'system', requestId });
