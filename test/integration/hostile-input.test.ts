import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPending } from '../../src/core/audit/sealer.js';
import { verifyChain } from '../../src/core/audit/verify.js';
import { rows } from '../../src/core/db/client.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';

/**
 * Generated hostile requests against every route: wrong types, huge and deeply nested values,
 * invalid UTF-8, SQL and script fragments, path traversal in file names, a zip bomb and polyglot
 * files. The answer is never a 5xx, an error is always problem+json, and what was stored before
 * stays as it was. Fixed seed and bounded runs, so that a failure can be replayed.
 */
const SEED = 20111201;
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 6);

const nasty = fc.constantFrom(
  "' OR 1=1 --",
  "'); DROP TABLE cases; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000',
  '\uD800',
  '${7*7}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  '２０１１年',
  '😀'.repeat(50),
);
const scalar = fc.oneof(nasty, fc.string({ maxLength: 50 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const deep = fc.integer({ min: 50, max: 400 }).map((depth) => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
});
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: fc.dictionary(fc.oneof(nasty, fc.string({ maxLength: 12 })), scalar, { maxKeys: 6 }) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 6 }) },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.constant('x'.repeat(300_000)) },
);

/** A body shaped like the route's own, with values swapped for hostile ones. */
const body = fc.oneof(
  value,
  fc.record({
    channel: fc.oneof(fc.constant('hotline'), nasty),
    title: fc.oneof(nasty, fc.string()),
    body: fc.oneof(nasty, fc.string()),
    category: fc.oneof(nasty, fc.constant('graft')),
    unitId: fc.oneof(fc.integer(), nasty),
    detail: value,
    attachments: fc.array(fc.record({ filename: fc.oneof(nasty, fc.string()), contentBase64: fc.oneof(nasty, fc.base64String({ maxLength: 40 })) }), { maxLength: 2 }),
    answers: fc.array(value, { maxLength: 3 }),
    token: fc.oneof(nasty, fc.string()),
    roundId: fc.oneof(fc.integer(), nasty),
  }),
);
const pathValue = fc.oneof(nasty.map(encodeURIComponent), fc.integer().map(String), fc.constant('%E0%A4%A'), fc.constant('..%2F..%2Fetc%2Fpasswd'));
const query = fc.dictionary(fc.constantFrom('status', 'limit', 'cursor', 'q', 'period', 'unitId', 'from', 'to', 'sort', 'deadline', 'version', 'n'), fc.oneof(nasty, fc.string({ maxLength: 20 })), { maxKeys: 4 });

/** A zip whose one member inflates from a few kilobytes to 100 MB. */
function zipBomb(): Buffer {
  const data = deflateRawSync(Buffer.alloc(100 * 1024 * 1024));
  const name = Buffer.from('bomb.txt');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(100 * 1024 * 1024, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, name, data]);
}

type Schema = {
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
};
type Operation = { parameters?: { in: string; name: string; schema?: Schema }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };

const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type);
const alternatives = (s: Schema): Schema[] => s.anyOf ?? s.oneOf ?? (s.allOf ? [s.allOf[0] as Schema] : [s]);

/** A value the schema accepts, as plain as possible, so that one bad field is the only thing wrong. */
function sample(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 8) return null;
  if ('const' in s) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf ?? s.oneOf ?? s.allOf) return sample(alternatives(s).find((a) => a.type !== 'null') ?? alternatives(s)[0], depth + 1);
  switch (typeOf(s)) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k], depth + 1)]));
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items, depth + 1));
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      return s.format === 'date' ? '2026-06-01' : s.format === 'date-time' ? '2026-06-01T08:00:00+08:00' : 'x'.repeat(Math.max(1, s.minLength ?? 1));
    default:
      return null;
  }
}

/** Far past, far future, year 0 and year 10000, for days and instants. */
const FAR_DAYS = ['0000-01-01', '0001-01-01', '1000-01-01', '4000-01-03', '9999-12-31', '10000-01-01'];
const BAD_STRINGS = ['a\u0000b', '\uD800', 'x\uDC00'];
const BIG_IDS = [2 ** 31, 3_000_000_000, 2 ** 53];

/** Values to send for a field; `refuse` when the field must refuse it (false: only no 5xx). */
function badValues(s: Schema): { value: unknown; named: boolean; refuse?: boolean }[] {
  const type = typeOf(s);
  if (s.format === 'date') return FAR_DAYS.map((value) => ({ value, named: true }));
  if (s.format === 'date-time') return FAR_DAYS.map((d) => ({ value: `${d}T00:00:00+08:00`, named: true }));
  // An integer with no maximum is a finding in itself: every one of these must then be refused.
  if (type === 'integer' && (s.maximum === undefined || s.maximum >= 2 ** 31 - 1)) return BIG_IDS.map((value) => ({ value, named: true, refuse: value > (s.maximum ?? -Infinity) }));
  if (type === 'string' && !s.enum && !('const' in s)) return BAD_STRINGS.map((value) => ({ value, named: true }));
  return [];
}

function setAt(base: unknown, at: (string | number)[], value: unknown): unknown {
  const root = structuredClone(base ?? {}) as Record<string | number, unknown>;
  let node = root;
  at.forEach((key, i) => {
    if (i === at.length - 1) node[key] = value;
    else {
      node[key] ??= typeof at[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
  return root;
}

/** Percent-encoding, with a lone surrogate sent as the bytes a careless client would send (ED A0 80). */
const encode = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return v.replace(/\p{Cs}/gu, '\u0000').split('\u0000').map(encodeURIComponent).join('%ED%A0%80');
  }
};

type Attack = { url: string; body: unknown; field: string; value: unknown; named: boolean; mustRefuse: boolean };

/** One request per bad value per field: the path, the query and each alternative of the body. */
function* boundaryRequests(path: string, op: Operation): Generator<Attack> {
  const params = op.parameters ?? [];
  const fill = (overrides: Record<string, string> = {}) => path.replace(/\{([^}]+)\}/g, (_, name: string) => encode(overrides[name] ?? String(sample(params.find((p) => p.name === name)?.schema) ?? '1')));
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const bodies = bodySchema ? alternatives(bodySchema).map((alt) => ({ alt, base: sample(alt) })) : [{ alt: undefined, base: undefined }];
  const firstBody = bodies[0]?.base;
  for (const p of params) {
    if (!p.schema) continue;
    for (const { value, named, refuse } of badValues(p.schema)) {
      // In an address a lone surrogate can only arrive as broken UTF-8, which is read as U+FFFD:
      // harmless text, so it need not be refused there, only answered without a 5xx.
      const mustRefuse = refuse !== false && !(typeof value === 'string' && /\p{Cs}/u.test(value));
      if (p.in === 'path') yield { url: fill({ [p.name]: String(value) }), body: firstBody, field: p.name, value, named: false, mustRefuse };
      if (p.in === 'query') yield { url: `${fill()}?${p.name}=${encode(String(value))}`, body: firstBody, field: p.name, value, named, mustRefuse };
    }
  }
  for (const { alt, base } of bodies) {
    if (!alt) continue;
    for (const f of allFields(alt)) {
      for (const { value, named, refuse } of badValues(f.schema)) {
        yield { url: fill(), body: setAt(base, f.at, value), field: String(f.at.filter((k) => typeof k === 'string').at(-1) ?? ''), value, named, mustRefuse: refuse !== false };
      }
    }
  }
}

/** Each field of a schema that takes a day, an instant, an id or a string, with its path. */
function allFields(s: Schema, at: (string | number)[] = [], depth = 0): { at: (string | number)[]; schema: Schema }[] {
  if (depth > 6) return [];
  const t = typeOf(s);
  if (s.anyOf ?? s.oneOf) {
    const first = alternatives(s).find((a) => a.type !== 'null');
    return first ? allFields(first, at, depth + 1) : [];
  }
  if (t === 'object') return Object.entries(s.properties ?? {}).flatMap(([k, v]) => allFields(v, [...at, k], depth + 1));
  if (t === 'array' && s.items) return allFields(s.items, [...at, 0], depth + 1);
  return badValues(s).length ? [{ at, schema: s }] : [];
}

/** Asks /healthz every 100 ms and notes every answer slower than 1 s, with the request under way. */
function healthWatchdog(base: string) {
  const state = { current: '', slow: [] as string[], running: true, stop: async () => {} };
  const loop = (async () => {
    while (state.running) {
      const started = performance.now();
      const during = state.current;
      await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      const ms = performance.now() - started;
      if (ms > 1000) state.slow.push(`${Math.round(ms)} ms during ${during}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  state.stop = async () => {
    state.running = false;
    await loop;
  };
  return state;
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe(`hostile input (${engine})`, { timeout: 600_000 }, () => {
  let t: TestApp;
  let admin: Client;
  let anon: Client;
  let before: string;

  // The rows that existed before the attack (new ones may legitimately appear).
  const snapshot = async () =>
    JSON.stringify(
      await rows(t.ctx.db, sql`select id, code, status, title, body, reporter_sealed, unit_id, updated_at from cases where id <= 1 order by id`),
    ) + JSON.stringify(await rows(t.ctx.db, sql`select id, username, role, disabled, password_hash, totp_secret from users where id <= 1 order by id`));

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login(await t.user('office_admin'));
    anon = t.client();
    // Something stored before the attack, which must come out of it unchanged.
    const filed = await admin.post('/api/cases', { channel: 'letter', detail: {}, category: 'graft', title: '来信反映问题', body: '来信反映窗口索要好处费。' });
    expect(filed.status).toBe(201);
    before = await snapshot();
  });
  afterAll(() => t.close());

  const check = (route: string, res: { status: number; headers: Headers }) => {
    expect(res.status, route).toBeLessThan(500);
    // Open311 answers errors in its own specified shape ([{ code, description }]); the rest in problem+json.
    if (res.status >= 400) expect(res.headers.get('content-type') ?? '', route).toMatch(route.includes('/open311/') ? /application\/(problem\+)?json/ : /application\/problem\+json/);
  };

  it('never answers 5xx, always problem+json, on every route, signed in or not', async () => {
    const doc = (await anon.get('/api/docs/json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => ({ method: m.toUpperCase(), path: p })));
    // Routes that would legitimately change what was stored before (the seeded case, the users) are
    // attacked through their validation only: their real effects are the matrix's business.
    const watchdog = healthWatchdog(t.url);
    try {
      for (const { method, path } of routes) {
        await fc.assert(
          fc.asyncProperty(fc.array(pathValue, { minLength: 3, maxLength: 3 }), query, body, fc.boolean(), async (params, q, b, signedIn) => {
            let i = 0;
            const url = path.replace(/\{[^}]+\}/g, () => params[i++ % params.length] as string) + (Object.keys(q).length ? `?${new URLSearchParams(q as Record<string, string>)}` : '');
            // Signing the administrator out is a legitimate answer, not an attack on stored data.
            const client = signedIn && path !== '/api/auth/logout' ? admin : anon;
            watchdog.current = `${method} ${url.slice(0, 120)}`;
            const res = await client.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : b);
            check(`${method} ${url.slice(0, 120)}`, res);
          }),
          { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
        );
      }
    } finally {
      await watchdog.stop();
    }
    expect(watchdog.slow, 'the health check waited over 1 s while these requests ran').toEqual([]);
  });

  it('refuses out-of-range days and instants, ids beyond their column, NUL and lone surrogates in every field of every route, while the health check keeps answering', async () => {
    const doc = (await anon.get('/api/docs/json')).body as { paths: Record<string, Record<string, Operation>> };
    const watchdog = healthWatchdog(t.url);
    let sent = 0;
    try {
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const [m, op] of Object.entries(methods)) {
          for (const attack of boundaryRequests(path, op)) {
            watchdog.current = `${m.toUpperCase()} ${attack.url} ${attack.field}=${JSON.stringify(attack.value).slice(0, 40)}`;
            const client = path.startsWith('/api/auth/logout') ? anon : admin;
            const res = await client.request(m.toUpperCase(), attack.url, m === 'get' || m === 'delete' ? undefined : attack.body);
            check(watchdog.current, res);
            // Every such value is refused: none is stored or computed with.
            if (attack.mustRefuse) expect(res.status, watchdog.current).toBeGreaterThanOrEqual(400);
            if (res.status === 400 && Array.isArray(res.body?.errors) && attack.named) {
              expect(res.body.errors.map((e: { path: string }) => e.path).join(' '), watchdog.current).toContain(attack.field);
            }
            sent++;
          }
        }
      }
    } finally {
      await watchdog.stop();
    }
    expect(sent).toBeGreaterThan(300);
    expect(watchdog.slow, 'the health check waited over 1 s while these requests ran').toEqual([]);
  });

  it('refuses broken encodings, wrong content types and oversized bodies cleanly', async () => {
    // The portal's intake limit counts every request before its body is read, and the tests
    // above used this address's up: start it afresh, so that the body is what is judged here.
    await t.ctx.db.execute(sql`delete from rate_limits`);
    const raw = async (url: string, payload: Buffer | string, type: string) => {
      const res = await fetch(t.url + url, { method: 'POST', headers: { 'content-type': type, cookie: admin.cookie ?? '', 'x-csrf-token': admin.csrf ?? '' }, body: typeof payload === 'string' ? payload : new Uint8Array(payload) });
      check(`POST ${url} (${type})`, res);
      return res.status;
    };
    expect(await raw('/api/cases', Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]), 'application/json')).toBe(400);
    expect(await raw('/api/cases', '{"title": "未闭合', 'application/json')).toBe(400);
    expect([400, 415]).toContain(await raw('/api/public/cases', 'a=1&b=2', 'text/plain'));
    expect(await raw('/api/public/cases', 'a=1', 'application/x-unknown')).toBe(415);
    expect(await raw('/api/auth/login', `{"username":"${'x'.repeat(2 * 1024 * 1024)}"}`, 'application/json')).toBe(413);
  });

  it('refuses a zip bomb, polyglots and path traversal in attachment names, storing nothing', async () => {
    const upload = (filename: string, content: Buffer) =>
      admin.post('/api/cases', { channel: 'letter', detail: {}, category: 'graft', title: '附件测试', body: '附件测试', attachments: [{ filename, contentBase64: content.toString('base64') }] });
    const bomb = await upload('report.zip', zipBomb());
    check('zip bomb', bomb);
    expect(bomb.status).toBe(400);
    // An HTML page that starts like a GIF, and a PNG with a script appended, named as documents.
    const polyglot = await upload('photo.gif', Buffer.from('GIF89a/*<script>alert(1)</script>*/=1;'));
    check('gif/script polyglot', polyglot);
    expect(polyglot.status).toBe(400);
    const traversal = await upload('../../etc/passwd', PNG);
    expect(traversal.status).toBe(400);
    expect(traversal.body.errors[0].path).toBe('body.attachments[0].filename');
    const renamed = await upload('信件.pdf', Buffer.concat([PNG, Buffer.from('<script>alert(1)</script>')]));
    // Accepted as what it is (a PNG), whatever its name says, and always served as a download.
    expect(renamed.status).toBe(201);
    const detail = (await admin.get(`/api/cases/${renamed.body.id}`)).body as { attachments: { id: number; mime: string }[] };
    expect(detail.attachments[0]?.mime).toBe('image/png');
    const file = await fetch(`${t.url}/api/cases/${renamed.body.id}/attachments/${detail.attachments[0]?.id}`, { headers: { cookie: admin.cookie ?? '' } });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('left what was stored before unchanged, and the audit chain whole', async () => {
    await sealPending(t.ctx.db, t.config.auditKey);
    expect(await snapshot()).toBe(before);
    const chain = await verifyChain(t.ctx.db, t.config.auditKey);
    expect(chain.firstBroken).toBeNull();
  });
});
