import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable } from '../../core/db/client.js';
import { badRequest, notFound, problem } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import { notify, officeUsers } from '../notifications/store.js';
import { caseForUser, type CaseReader } from './actions.js';
import type { accountabilityBody } from './contract.js';
import { problems } from './contract.js';
import { databaseStorage } from './storage.js';
import { accountabilityRefusal } from './rules.js';
import { isForeignLiaison } from './store.js';
import type { CaseRow } from './steps.js';
import { accountabilityOutcomes, caseAttachments, caseMessages } from './tables.js';
import { campaigns } from '../../core/db/tables.js';
import type { Plan } from '../plan/contract.js';
import { checkUnits } from '../units/store.js';

/** Records an accountability outcome (问责) on a substantiated case the user may see. */
export async function recordAccountability(w: Write, user: CaseReader, caseId: number, b: z.infer<typeof accountabilityBody>): Promise<number> {
  const c = await caseForUser(w.tx, user, caseId, true);
  const refusal = accountabilityRefusal(c.substantiated);
  if (refusal) throw problem(problems, refusal, 'Accountability is recorded on substantiated cases only', { errors: [{ path: 'substantiated', message: `is ${c.substantiated ?? 'not yet known'}` }] });
  // Only the outcomes the campaign's plan provides for.
  const [campaign] = await w.tx.select({ plan: campaigns.plan }).from(campaigns).where(eq(campaigns.id, c.campaignId));
  const planned: readonly string[] = (campaign?.plan as Plan | undefined)?.measures.accountabilityOutcomes ?? [];
  if (!planned.includes(b.outcome)) {
    throw badRequest('The campaign’s plan does not provide for this outcome', [{ path: 'outcome', message: planned.length ? `must be one of ${planned.join(', ')}` : 'the plan provides for none' }]);
  }
  if (b.unitId !== undefined && b.unitId !== null) await checkUnits(w.tx, c.campaignId, [b.unitId], 'unitId');
  const [row] = await w.tx
    .insert(accountabilityOutcomes)
    .values({
      caseId: c.id,
      targetKind: b.targetKind,
      personName: b.personName ?? null,
      personPosition: b.personPosition ?? null,
      unitId: b.unitId ?? null,
      outcome: b.outcome,
      decisionDate: b.decisionDate,
      documentNo: b.documentNo,
      decidedBy: b.decidedBy,
      createdBy: user.id,
    })
    .returning({ id: accountabilityOutcomes.id });
  await w.audit({ action: 'case.accountability', objectType: 'case', objectId: c.id, detail: { outcome: b.outcome, targetKind: b.targetKind } });
  return row?.id ?? 0;
}

/** The office's reply to a reporter who filed on the portal (read with the receipt). */
export async function messageReporter(w: Write, user: CaseReader, caseId: number, body: string): Promise<number> {
  const c = await caseForUser(w.tx, user, caseId);
  if (!c.receiptHash) throw badRequest('This case was not filed on the portal: there is no one to message', [{ path: 'body', message: 'no public reporter' }]);
  const [m] = await w.tx.insert(caseMessages).values({ caseId: c.id, author: 'office', userId: user.id, body }).returning({ id: caseMessages.id });
  await w.audit({ action: 'case.message', objectType: 'case', objectId: c.id });
  return m?.id ?? 0;
}

/** A reporter's message to the office about their case, found by its receipt; the office is told. */
export async function messageOffice(w: Write, c: Pick<CaseRow, 'id' | 'code'>, body: string): Promise<void> {
  await w.tx.insert(caseMessages).values({ caseId: c.id, author: 'public', body });
  await notify(w.tx, await officeUsers(w.tx), { kind: 'message', caseId: c.id, message: { key: 'case.message', params: { code: c.code } } });
  await w.audit({ action: 'case.public_message', objectType: 'case', objectId: c.id });
}

/**
 * An attachment of a case the user may see, with the bytes this user may have: units get only
 * the copy without metadata (authors, EXIF…); a file that could not be cleaned (a legacy
 * .doc/.xls, an encrypted PDF, one attached before documents were cleaned) is not given to them.
 */
export async function attachmentFor(db: Queryable, user: CaseReader, caseId: number, attachmentId: number) {
  const c = await caseForUser(db, user, caseId);
  const [a] = await db
    .select()
    .from(caseAttachments)
    .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, c.id)));
  // Another unit's files from before a transfer are not this unit's: the same 404 as for none.
  if (!a || (await isForeignLiaison(db, user, a.uploadedBy))) throw notFound('No such attachment');
  const unit = user.role === 'unit_liaison';
  if (unit && !a.unitCopy) throw problem(problems, 'no_clean_copy', undefined, { errors: [{ path: 'attachmentId', message: 'has no copy without metadata' }] });
  const content = await databaseStorage.get(unit && a.unitCopy ? a.unitCopy : a.content, a.storage);
  return { caseId: c.id, id: a.id, filename: a.filename, mime: a.mime, content };
}
