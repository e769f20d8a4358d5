import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/audit/audit.js';
import { rows, type Queryable } from '../../core/db/client.js';
import { badRequest, notFound } from '../../core/errors.js';
import type { AppContext } from '../../core/http/context.js';
import { saveAttachments, type PreparedAttachment } from './attachments.js';
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
  // One round trip for everything intake needs to know, including the case number.
  const [ref] = await rows<CampaignRef>(
    tx,
    sql`select c.id, c.year, c.plan->'measures'->'hotlineLines' as lines,
          array(select code from problem_categories where campaign_id = c.id order by sort) as categories,
          nextval('case_number_seq')::int as seq,
          exists(select 1 from units where id = ${input.unitId ?? null}::int and merged_into_id is null) as unit_ok
        from campaigns c where c.is_current`,
  );
  if (!ref) throw notFound('No current campaign: import a plan first');
  checkReferences(ref, input);
  const reporter = input.reporter && Object.values(input.reporter).some(Boolean) ? input.reporter : null;
  const receipt = input.withReceipt ? newReceipt() : null;
  const code = `ZF${ref.year}-${String(ref.seq).padStart(6, '0')}`;
  const now = new Date();
  const origin = actor.userId ? 'office' : 'public';
  const auditDetail = { code, channel: input.channel, attachments: input.attachments?.length ?? 0 };
  // The case, its first timeline step and its audit row in one statement.
  const [created] = await rows<{ id: string; event_id: string }>(
    tx,
    sql`with c as (
          insert into cases (campaign_id, code, channel, channel_detail, reporter_sealed, anonymous, receipt_hash, unit_id, persons_concerned,
                             category, secondary_categories, title, body, received_at, status, search_text, created_by, created_at, updated_at)
          values (${ref.id}, ${code}, ${input.channel}, ${JSON.stringify(input.detail)}::jsonb,
                  ${reporter ? ctx.reporters.seal(JSON.stringify(reporter)) : null}, ${reporter === null}, ${receipt ? ctx.receiptHash(receipt) : null},
                  ${input.unitId ?? null}::int, ${JSON.stringify(input.personsConcerned ?? [])}::jsonb, ${input.category},
                  ${textArray(input.secondaryCategories ?? [])}::text[], ${input.title}, ${input.body}, ${input.receivedAt ?? now}, 'received',
                  ${indexWords(`${input.title}\n${input.body}`)}, ${actor.userId}, ${now}, ${now})
          returning id
        ), e as (
          insert into case_events (case_id, user_id, actor_kind, action, to_status, data)
          select id, ${actor.userId}, ${origin}, 'intake', 'received', ${JSON.stringify({ channel: input.channel })}::jsonb from c
          returning id
        ), a as (
          insert into audit_log (ts, user_id, username, action, object_type, object_id, outcome, request_id, detail)
          select ${now}, ${actor.userId}, ${actor.username}, 'case.create', 'case', c.id::text, 'success', ${actor.requestId}, ${JSON.stringify(auditDetail)}::jsonb from c
        )
        select c.id, e.id as event_id from c, e`,
  );
  if (!created) throw new Error('insert returned no row');
  const id = Number(created.id);
  await saveAttachments(tx, id, Number(created.event_id), actor.userId, origin, input.attachments ?? []);
  return { id, code, receipt };
}

type CampaignRef = { id: number; year: number; lines: { code: string }[] | null; categories: string[]; seq: number; unit_ok: boolean };

/** A text[] literal for a parameter, quoting each element. */
const textArray = (items: string[]) => `{${items.map((i) => `"${i.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

function checkReferences(ref: CampaignRef, input: IntakeInput): void {
  const codes = new Set(ref.categories);
  const known = ref.categories.join(', ');
  if (!codes.has(input.category)) throw badRequest('Unknown problem category', [{ path: 'category', message: `must be one of ${known}` }]);
  (input.secondaryCategories ?? []).forEach((c, i) => {
    if (!codes.has(c)) throw badRequest('Unknown problem category', [{ path: `secondaryCategories[${i}]`, message: `must be one of ${known}` }]);
    if (c === input.category) throw badRequest('A secondary category repeats the primary one', [{ path: `secondaryCategories[${i}]`, message: 'repeats the primary category' }]);
  });
  if (input.unitId !== undefined && !ref.unit_ok) throw badRequest('Unknown unit', [{ path: 'unitId', message: `no unit with id ${input.unitId}` }]);
  if (input.channel === 'hotline') {
    const lines = (ref.lines ?? []).map((l) => l.code);
    if (!lines.includes(String(input.detail.line))) throw badRequest('Unknown hotline line', [{ path: 'detail.line', message: `must be one of ${lines.join(', ')}` }]);
  }
}
