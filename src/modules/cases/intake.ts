import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/audit/audit.js';
import { rows, rowsOf, type Database, type Queryable } from '../../core/db/client.js';
import { replay, type IdempotencyClaim } from '../../core/http/idempotency.js';
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

/** Claims an Idempotency-Key in the statement that files the case (see core/http/idempotency.ts). */
export type IntakeClaim = IdempotencyClaim;

/**
 * The whole intake as one statement: the campaign's facts and the checks of the references, the
 * case number, the case, its first timeline step, its audit row and the Idempotency-Key claim.
 * With no attachments it needs no transaction around it, so an intake is one round trip. When a
 * reference is wrong it inserts nothing and returns no row; the caller then finds out which.
 */
export const INTAKE = `
with ref as (
  select c.id, 'ZF' || c.year || '-' || lpad(nextval('case_number_seq')::text, 6, '0') as code
  from campaigns c
  where c.is_current
    and exists (select 1 from problem_categories p where p.campaign_id = c.id and p.code = $10::text)
    and not exists (select 1 from unnest($11::text[]) s(code)
                    where s.code = $10::text or s.code not in (select p.code from problem_categories p where p.campaign_id = c.id))
    and ($8::int is null or exists (select 1 from units u where u.id = $8::int and u.merged_into_id is null))
    and ($2::text <> 'hotline' or c.plan->'measures'->'hotlineLines' @> jsonb_build_array(jsonb_build_object('code', $3::jsonb->'line')))
), c as (
  insert into cases (campaign_id, code, channel, channel_detail, reporter_sealed, anonymous, receipt_hash, unit_id, persons_concerned,
                     category, secondary_categories, title, body, received_at, status, search_text, created_by, created_at, updated_at)
  select ref.id, ref.code, $2::text, $3::jsonb, $4::text, $5::boolean, $6::text, $8::int, $9::jsonb,
         $10::text, $11::text[], $12::text, $13::text, $14::timestamptz, 'received', $15::text, $1::int, $16::timestamptz, $16::timestamptz
  from ref
  returning id, code
), e as (
  insert into case_events (case_id, user_id, actor_kind, action, to_status, data)
  select c.id, $1::int, $17::text, 'intake', 'received', jsonb_build_object('channel', $2::text) from c
  returning id
), a as (
  insert into audit_log (ts, user_id, username, action, object_type, object_id, outcome, request_id, detail)
  select $16::timestamptz, $1::int, $18::text, 'case.create', 'case', c.id::text, 'success', $19::text,
         jsonb_build_object('code', c.code, 'channel', $2::text, 'attachments', $7::int) from c
), k as (
  insert into idempotency_keys (scope, key, request_hash, status, response)
  select $20::text, $21::text, $22::text, 201, jsonb_build_object('plain', jsonb_build_object('id', c.id, 'code', c.code), 'sealed', $23::text)
  from c where $21::text is not null
)
select c.id::text as id, c.code, e.id::text as event_id from c, e`;

type Runner = { query<T>(text: string, params: unknown[], name?: string): Promise<T[]> };
const isDatabase = (q: Queryable | Database): q is Database => 'withAdvisoryLock' in q;

/**
 * The one way a case enters the system, whatever the channel: the office's intake, the public
 * portal, and the inspections, evaluations, self-inspection and project-monitoring modules all
 * call this, either with the database (it then makes its own transaction when it has to) or
 * inside their own transaction. Saves the case, its attachments, the first timeline step, the
 * audit row and the Idempotency-Key claim together.
 */
export async function fileCase(
  q: Queryable | Database,
  ctx: Pick<AppContext, 'reporters' | 'receiptHash' | 'secrets'>,
  actor: Actor,
  input: IntakeInput,
  claim: IntakeClaim | null = null,
): Promise<Filed> {
  const files = input.attachments ?? [];
  if (isDatabase(q) && files.length > 0) return q.db.transaction((tx) => fileCase(tx, ctx, actor, input, claim));
  const reporter = input.reporter && Object.values(input.reporter).some(Boolean) ? input.reporter : null;
  const receipt = input.withReceipt ? newReceipt() : null;
  const now = new Date();
  const origin = actor.userId ? 'office' : 'public';
  const params = [
    actor.userId, input.channel, JSON.stringify(input.detail), reporter ? ctx.reporters.seal(JSON.stringify(reporter)) : null, reporter === null,
    receipt ? ctx.receiptHash(receipt) : null, files.length, input.unitId ?? null, JSON.stringify(input.personsConcerned ?? []),
    input.category, textArray(input.secondaryCategories ?? []), input.title, input.body, input.receivedAt ?? now,
    indexWords(`${input.title}\n${input.body}`), now, origin, actor.username, actor.requestId,
    claim?.scope ?? null, claim?.key ?? null, claim?.requestHash ?? null, receipt && claim ? ctx.secrets.seal(JSON.stringify({ receipt })) : null,
  ];
  const runner: Runner = isDatabase(q) ? q : { query: (text, p) => rowsOf(q, text, p) };
  const [created] = await runner.query<{ id: string; code: string; event_id: string }>(INTAKE, params, 'case_intake');
  if (!created) {
    await explainRefusal(isDatabase(q) ? q.db : q, input);
    throw new Error('intake inserted nothing, yet every reference checks out');
  }
  const id = Number(created.id);
  if (files.length > 0) await saveAttachments(q as Queryable, id, Number(created.event_id), actor.userId, origin, files);
  return { id, code: created.code, receipt };
}

/**
 * Files a case once per Idempotency-Key: a retry, or a twin that committed first, gets the case
 * the key first filed (and its receipt), marked as replayed; a new case wakes the audit sealer.
 */
export async function fileCaseOnce(
  ctx: Pick<AppContext, 'database' | 'db' | 'reporters' | 'receiptHash' | 'secrets' | 'sealer'>,
  actor: Actor,
  input: IntakeInput,
  claim: IntakeClaim | null,
): Promise<Filed & { replayed: boolean }> {
  try {
    const filed = await fileCase(ctx.database, ctx, actor, input, claim);
    ctx.sealer.kick();
    return { ...filed, replayed: false };
  } catch (err) {
    const { body } = await replay<{ id: number; code: string; receipt?: string }>(ctx.db, ctx.secrets, claim, err);
    return { id: body.id, code: body.code, receipt: body.receipt ?? null, replayed: true };
  }
}

/** Why the intake statement refused: throws the error that names the field. */
async function explainRefusal(q: Queryable, input: IntakeInput): Promise<void> {
  const [ref] = await rows<CampaignRef>(
    q,
    sql`select c.id, c.plan->'measures'->'hotlineLines' as lines,
          array(select code from problem_categories where campaign_id = c.id order by sort) as categories,
          exists(select 1 from units where id = ${input.unitId ?? null}::int and merged_into_id is null) as unit_ok
        from campaigns c where c.is_current`,
  );
  if (!ref) throw notFound('No current campaign: import a plan first');
  checkReferences(ref, input);
}

type CampaignRef = { id: number; lines: { code: string }[] | null; categories: string[]; unit_ok: boolean };

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
