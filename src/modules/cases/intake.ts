import { randomInt } from 'node:crypto';
import { reporterBox } from './services.js';
import { sql } from 'drizzle-orm';
import { auditInsertMac, type Actor } from '../../core/audit/audit.js';
import { rows, rowsOf, type Database, type Queryable } from '../../core/db/client.js';
import { IdempotencyKeyTaken, keyTaken, replay, type IdempotencyClaim } from '../../core/http/idempotency.js';
import { badRequest, notFound } from '../../core/errors.js';
import type { AppContext } from '../../core/http/context.js';
import { saveAttachments, type PreparedAttachment } from './attachments.js';
import type { Channel } from './rules.js';
import { indexWords } from './search.js';

export type Reporter = {
  name?: string | undefined;
  phone?: string | undefined;
  idNumber?: string | undefined;
  /** Channel details that identify the reporter (a letter's sender…), sealed with the rest: see identity.ts. */
  details?: Record<string, string> | undefined;
};

export type IntakeInput = {
  /** The campaign the case is filed in: the one the office looks at, or the current one for the public channels. */
  campaignId: number;
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

/** One case to file, as the intake statement takes it: a row of its JSON input. */
type IntakeRow = {
  n: number; campaign_id: number; user_id: number | null; channel: string; detail: Record<string, unknown>; reporter_sealed: string | null; anonymous: boolean;
  receipt_hash: string | null; files: number; unit_id: number | null; persons: unknown[]; category: string; secondary: string[];
  title: string; body: string; received_at: string; search_text: string; now: string; origin: 'office' | 'public'; username: string | null;
  request_id: string | null; scope: string | null; key: string | null; request_hash: string | null; sealed: string | null;
  /** The audit row's insert MAC, over all but the case's id and number, which the statement fills in. */
  imac: string;
};

/**
 * The whole intake of one or more cases as one statement, its input one JSON array ($1): the
 * checks of the references against the case's campaign (its categories, hotline lines and its
 * jurisdiction's units), the case numbers (the campaign's prefix and its own sequence), the cases, their first
 * timeline steps, their audit rows, the office's notices of a public complaint and their Idempotency-Key claims. It needs no transaction
 * around it, so a batch of intakes is one round trip and one commit. A row whose reference is
 * wrong, or whose key is already stored (a retry), inserts nothing and is missing from the
 * answer; the caller then finds out which. (A twin whose key commits meanwhile still fails the
 * statement on the key's unique row.) The key is looked up by a scalar subquery with a limit: as
 * `not exists`, a plan made while the table was small hashed the whole table on every intake.
 */
export const INTAKE = `
with i as (
  select * from jsonb_to_recordset($1::jsonb) as i(
    n int, campaign_id int, user_id int, channel text, detail jsonb, reporter_sealed text, anonymous boolean, receipt_hash text, files int, unit_id int,
    persons jsonb, category text, secondary text[], title text, body text, received_at timestamptz, search_text text, now timestamptz,
    origin text, username text, request_id text, scope text, key text, request_hash text, sealed text, imac text)
), ref as (
  select i.*, c.case_prefix || '-' || lpad(nextval(('case_number_seq_' || c.id)::regclass)::text, 6, '0') as code
  from i join campaigns c on c.id = i.campaign_id
  where exists (select 1 from problem_categories p where p.campaign_id = c.id and p.code = i.category)
    and not exists (select 1 from unnest(i.secondary) s(code)
                    where s.code = i.category or s.code not in (select p.code from problem_categories p where p.campaign_id = c.id))
    and (i.unit_id is null or exists (select 1 from units u where u.id = i.unit_id and u.merged_into_id is null and u.retired_at is null and u.jurisdiction_id = c.jurisdiction_id))
    and (i.channel <> 'hotline' or c.plan->'measures'->'hotlineLines' @> jsonb_build_array(jsonb_build_object('code', i.detail->'line')))
    and (i.key is null or (select true from idempotency_keys k where k.scope = i.scope and k.key = i.key limit 1) is null)
), c as (
  insert into cases (campaign_id, code, channel, channel_detail, reporter_sealed, anonymous, receipt_hash, unit_id, persons_concerned,
                     category, secondary_categories, title, body, received_at, status, search_text, created_by, created_at, updated_at)
  select campaign_id, code, channel, detail, reporter_sealed, anonymous, receipt_hash, unit_id, persons,
         category, secondary, title, body, received_at, 'received', search_text, user_id, now, now
  from ref order by n
  returning id, code
), e as (
  insert into case_events (case_id, user_id, actor_kind, action, to_status, data)
  select c.id, ref.user_id, ref.origin, 'intake', 'received', jsonb_build_object('channel', ref.channel) from c join ref using (code)
  returning id, case_id
), a as (
  insert into audit_log (ts, user_id, username, action, object_type, object_id, outcome, request_id, detail, imac)
  select ref.now, ref.user_id, ref.username, 'case.create', 'case', c.id::text, 'success', ref.request_id,
         jsonb_build_object('code', c.code, 'channel', ref.channel, 'attachments', ref.files), ref.imac from c join ref using (code)
), o as (
  -- A complaint from the public (the portal, Open311) is news for the office: each of its staff is told.
  insert into notifications (user_id, kind, campaign_id, case_id, message_key, message_params)
  select u.id, 'intake', ref.campaign_id, c.id, 'case.portal', jsonb_build_object('code', c.code, 'title', ref.title)
  from c join ref using (code) join users u on u.role in ('office_admin', 'office_staff') and not u.disabled
  where ref.origin = 'public'
), k as (
  insert into idempotency_keys (scope, key, request_hash, status, response)
  select ref.scope, ref.key, ref.request_hash, 201, jsonb_build_object('plain', jsonb_build_object('id', c.id, 'code', c.code), 'sealed', ref.sealed)
  from c join ref using (code) where ref.key is not null
)
select ref.n, c.id::text as id, c.code, e.id::text as event_id from c join ref using (code) join e on e.case_id = c.id`;

type Created = { n: number; id: string; code: string; event_id: string };
type Runner = (text: string, params: unknown[]) => Promise<Created[]>;
const isDatabase = (q: Queryable | Database): q is Database => 'withAdvisoryLock' in q;

const MAX_BATCH = 64;

/**
 * Intakes that arrive while a batch is in the database go together in the next one: under load,
 * one round trip and one commit file many cases, and no request waits for more than the batch
 * ahead of it. One batch at a time makes the batches as large as the load allows, and a large
 * batch costs the database far less per case than several small ones side by side; a second
 * batch goes beside the first only when a full one is waiting. When a batch fails (a concurrent
 * twin's Idempotency-Key, say), each of its intakes is filed alone, so one bad intake fails only
 * itself.
 */
class IntakeBatcher {
  private queue: { row: IntakeRow; resolve: (c: Created | null) => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(private readonly run: Runner) {}

  file(row: IntakeRow): Promise<Created | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.inFlight === 0 || (this.inFlight === 1 && this.queue.length >= MAX_BATCH))) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight++;
      void this.send(batch);
    }
  }

  private async send(batch: typeof this.queue): Promise<void> {
    let created: Map<number, Created>;
    try {
      created = await runIntake(this.run, batch.map((b, n) => ({ ...b.row, n })));
    } catch (err) {
      this.done();
      await this.fileAlone(batch, err);
      return;
    }
    // The next batch goes to the database before this one's answers are written, so that the
    // database works while this process answers.
    this.done();
    batch.forEach((b, n) => b.resolve(created.get(n) ?? null));
  }

  private done(): void {
    this.inFlight--;
    this.pump();
  }

  /** A failed batch: a single intake has its answer; several are each filed alone. */
  private async fileAlone(batch: typeof this.queue, err: unknown): Promise<void> {
    if (batch.length === 1) batch[0]!.reject(err);
    else await Promise.all(batch.map((b) => runIntake(this.run, [{ ...b.row, n: 0 }]).then((c) => b.resolve(c.get(0) ?? null), b.reject)));
  }
}

async function runIntake(run: Runner, batch: IntakeRow[]): Promise<Map<number, Created>> {
  const created = await run(INTAKE, [JSON.stringify(batch)]);
  return new Map(created.map((c) => [Number(c.n), c]));
}

const batchers = new WeakMap<Database, IntakeBatcher>();
const batcherOf = (database: Database) => {
  let b = batchers.get(database);
  if (!b) batchers.set(database, (b = new IntakeBatcher((text, params) => database.query<Created>(text, params, 'case_intake'))));
  return b;
};

/**
 * The one way a case enters the system, whatever the channel: the office's intake, the public
 * portal, and the inspections, evaluations, self-inspection and project-monitoring modules all
 * call this, either with the database (it then makes its own transaction when it has to, and
 * batches concurrent intakes into one statement when it does not) or inside their own
 * transaction. Saves the case, its attachments, the first timeline step, the audit row and the
 * Idempotency-Key claim together.
 */
export async function fileCase(
  q: Queryable | Database,
  ctx: Pick<AppContext, 'config' | 'receiptHash' | 'secrets'>,
  actor: Actor,
  input: IntakeInput,
  claim: IntakeClaim | null = null,
  again = false,
): Promise<Filed> {
  const files = input.attachments ?? [];
  if (isDatabase(q) && files.length > 0) return q.db.transaction((tx) => fileCase(tx, ctx, actor, input, claim));
  const reporter = input.reporter && Object.values(input.reporter).some(Boolean) ? input.reporter : null;
  const receipt = input.withReceipt ? newReceipt() : null;
  const now = new Date().toISOString();
  const row: IntakeRow = {
    n: 0, campaign_id: input.campaignId, user_id: actor.userId, channel: input.channel, detail: input.detail, reporter_sealed: reporter ? reporterBox(ctx.config).seal(JSON.stringify(reporter)) : null,
    anonymous: reporter === null, receipt_hash: receipt ? ctx.receiptHash(receipt) : null, files: files.length, unit_id: input.unitId ?? null,
    persons: input.personsConcerned ?? [], category: input.category, secondary: input.secondaryCategories ?? [], title: input.title, body: input.body,
    received_at: input.receivedAt?.toISOString() ?? now, search_text: indexWords(`${input.title}\n${input.body}`), now,
    origin: actor.userId ? 'office' : 'public', username: actor.username, request_id: actor.requestId,
    scope: claim?.scope ?? null, key: claim?.key ?? null, request_hash: claim?.requestHash ?? null,
    sealed: receipt && claim ? ctx.secrets.seal(JSON.stringify({ receipt })) : null,
    imac: auditInsertMac(
      { ts: new Date(now), userId: actor.userId, username: actor.username, action: 'case.create', objectType: 'case', objectId: null,
        outcome: 'success', requestId: actor.requestId, detail: { channel: input.channel, attachments: files.length } },
      'intake',
    ),
  };
  const created = isDatabase(q)
    ? await batcherOf(q).file(row)
    : ((await runIntake((text, params) => rowsOf<Created>(q, text, params), [row])).get(0) ?? null);
  if (!created) {
    const db = isDatabase(q) ? q.db : q;
    if (claim && (await keyTaken(db, claim))) throw new IdempotencyKeyTaken();
    await explainRefusal(db, input);
    // The statement found the key, which was purged before it could be looked up: file it now.
    if (claim && !again) return fileCase(q, ctx, actor, input, claim, true);
    throw new Error('intake inserted nothing, yet every reference checks out');
  }
  const id = Number(created.id);
  if (files.length > 0) await saveAttachments(q as Queryable, id, Number(created.event_id), actor.userId, row.origin, files);
  return { id, code: created.code, receipt };
}

/**
 * Files a case once per Idempotency-Key: a retry, or a twin that committed first, gets the case
 * the key first filed (and its receipt), marked as replayed; a new case wakes the audit sealer.
 */
export async function fileCaseOnce(
  ctx: Pick<AppContext, 'config' | 'database' | 'db' | 'receiptHash' | 'secrets' | 'sealer'>,
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
          exists(select 1 from units where id = ${input.unitId ?? null}::int and merged_into_id is null and retired_at is null and jurisdiction_id = c.jurisdiction_id) as unit_ok
        from campaigns c where c.id = ${input.campaignId}`,
  );
  if (!ref) throw notFound('No such campaign');
  checkReferences(ref, input);
}

type CampaignRef = { id: number; lines: { code: string }[] | null; categories: string[]; unit_ok: boolean };

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
