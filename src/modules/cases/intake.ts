import { randomInt } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit, type Actor } from '../../core/audit/audit.js';
import type { Queryable } from '../../core/db/client.js';
import { caseAttachments, caseEvents, cases, problemCategories, units } from '../../core/db/schema.js';
import { badRequest } from '../../core/errors.js';
import type { AppContext } from '../../core/http/context.js';
import type { Plan } from '../plan/schema.js';
import { getCampaign } from '../plan/store.js';
import type { PreparedAttachment } from './attachments.js';
import type { Channel } from './rules.js';
import { indexWords } from './search.js';

export type Reporter = { name?: string | undefined; phone?: string | undefined; idNumber?: string | undefined };

export type IntakeInput = {
  channel: Channel;
  detail: Record<string, unknown>;
  reporter?: Reporter | undefined;
  unitId?: number | undefined;
  personsConcerned?: { name: string; position?: string | undefined }[];
  category: string;
  secondaryCategories?: string[];
  title: string;
  body: string;
  receivedAt?: Date | undefined;
  attachments?: PreparedAttachment[];
  /** Public submissions get a receipt to track the case with. */
  withReceipt?: boolean;
};

export type Filed = { id: number; code: string; receipt: string | null };

const RECEIPT_DIGITS = 20;
export const newReceipt = () => Array.from({ length: RECEIPT_DIGITS }, () => randomInt(10)).join('');

/**
 * The one way a case enters the system, whatever the channel: the office's intake, the public
 * portal, and the inspections, evaluations, self-inspection and project-monitoring modules all
 * call this, inside their own transaction. Saves the case, its attachments, the first timeline
 * step and the audit row together.
 */
export async function fileCase(tx: Queryable, ctx: Pick<AppContext, 'reporters' | 'receiptHash'>, actor: Actor, input: IntakeInput): Promise<Filed> {
  const campaign = await getCampaign(tx);
  await checkReferences(tx, campaign.id, campaign.plan as Plan, input);
  const reporter = input.reporter && Object.values(input.reporter).some(Boolean) ? input.reporter : null;
  const receipt = input.withReceipt ? newReceipt() : null;
  const now = new Date();
  const [row] = await tx
    .insert(cases)
    .values({
      campaignId: campaign.id,
      code: sql`${`ZF${campaign.year}-`} || lpad(nextval('case_number_seq')::text, 6, '0')`,
      channel: input.channel,
      channelDetail: input.detail,
      reporterSealed: reporter ? ctx.reporters.seal(JSON.stringify(reporter)) : null,
      anonymous: reporter === null,
      receiptHash: receipt ? ctx.receiptHash(receipt) : null,
      unitId: input.unitId ?? null,
      personsConcerned: input.personsConcerned ?? [],
      category: input.category,
      secondaryCategories: input.secondaryCategories ?? [],
      title: input.title,
      body: input.body,
      receivedAt: input.receivedAt ?? now,
      createdAt: now,
      updatedAt: now,
      status: 'received',
      searchText: indexWords(`${input.title}\n${input.body}`),
      createdBy: actor.userId,
    })
    .returning({ id: cases.id, code: cases.code });
  if (!row) throw new Error('insert returned no row');
  const [event] = await tx
    .insert(caseEvents)
    .values({ caseId: row.id, userId: actor.userId, actorKind: actor.userId ? 'office' : 'public', action: 'intake', toStatus: 'received', data: { channel: input.channel } })
    .returning({ id: caseEvents.id });
  for (const a of input.attachments ?? []) {
    await tx.insert(caseAttachments).values({
      caseId: row.id,
      eventId: event?.id ?? null,
      filename: a.filename,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      content: a.content,
      unitCopy: a.unitCopy,
      uploadedBy: actor.userId,
      uploaderKind: actor.userId ? 'office' : 'public',
    });
  }
  await audit(tx, actor, {
    action: 'case.create',
    objectType: 'case',
    objectId: row.id,
    detail: { code: row.code, channel: input.channel, attachments: input.attachments?.length ?? 0 },
  });
  return { id: row.id, code: row.code, receipt };
}

async function checkReferences(tx: Queryable, campaignId: number, plan: Plan, input: IntakeInput): Promise<void> {
  const codes = new Set(
    (await tx.select({ code: problemCategories.code }).from(problemCategories).where(eq(problemCategories.campaignId, campaignId))).map((c) => c.code),
  );
  const known = [...codes].join(', ');
  if (!codes.has(input.category)) throw badRequest('Unknown problem category', [{ path: 'category', message: `must be one of ${known}` }]);
  (input.secondaryCategories ?? []).forEach((c, i) => {
    if (!codes.has(c)) throw badRequest('Unknown problem category', [{ path: `secondaryCategories[${i}]`, message: `must be one of ${known}` }]);
    if (c === input.category) throw badRequest('A secondary category repeats the primary one', [{ path: `secondaryCategories[${i}]`, message: 'repeats the primary category' }]);
  });
  if (input.unitId !== undefined) {
    const [u] = await tx.select({ id: units.id }).from(units).where(and(eq(units.id, input.unitId), isNull(units.mergedIntoId)));
    if (!u) throw badRequest('Unknown unit', [{ path: 'unitId', message: `no unit with id ${input.unitId}` }]);
  }
  if (input.channel === 'hotline') {
    const lines = plan.measures.hotlineLines.map((l) => l.code);
    if (!lines.includes(String(input.detail.line))) throw badRequest('Unknown hotline line', [{ path: 'detail.line', message: `must be one of ${lines.join(', ')}` }]);
  }
}
