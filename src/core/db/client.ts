import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';

/** The database, queried with the query builder over each module's tables (no relational query schema). */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Queryable = Db | Tx;

export type Database = {
  kind: 'pglite' | 'pg';
  db: Db;
  /** Runs fn while holding a session-level advisory lock (one instance at a time cluster-wide). */
  withAdvisoryLock<T>(key: number, fn: (db: Db) => Promise<T>): Promise<T>;
  /**
   * One statement with $1… parameters, outside any transaction, straight to the driver: for the
   * hot paths, where building the query through the ORM would cost more than running it. A name
   * makes it a prepared statement on the server, parsed and planned once per connection.
   */
  query<T>(text: string, params: unknown[], name?: string): Promise<T[]>;
  /**
   * Listens on a notification channel. `onState` says whether notifications can arrive: false
   * while the listening connection is down (it reconnects), true once it listens again.
   */
  listen(channel: string, onMessage: (payload: string) => void, onState: (listening: boolean) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** How many statements this process has sent (tests count a request's statements with it). */
  readonly sent: { statements: number };
};

/** Counts every statement drizzle sends, for `Database.sent`. */
const counting = (sent: { statements: number }) => ({ logger: { logQuery: () => void (sent.statements += 1) } });

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/** Rows of a statement written with $1… parameters, inside a transaction (or on the database). */
export async function rowsOf<T>(db: Queryable, text: string, params: unknown[]): Promise<T[]> {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => chunks.push(i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`));
  return rows<T>(db, sql.join(chunks));
}

/** Rows of a raw SQL statement, on either driver. */
export async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function openPglite(dataDir?: string): Promise<Database> {
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const sent = { statements: 0 };
  const db = drizzlePglite(client, counting(sent)) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    sent,
    // PGlite is one process with one connection: nothing else can race us.
    withAdvisoryLock: (_key, fn) => fn(db),
    query: async <T>(text: string, params: unknown[]) => {
      sent.statements += 1;
      return (await client.query<T>(text, params)).rows;
    },
    async listen(channel, onMessage, onState) {
      if (!CHANNEL.test(channel)) throw new Error(`bad channel name ${channel}`);
      const unlisten = await client.listen(channel, onMessage);
      onState(true);
      return async () => {
        onState(false);
        await unlisten();
      };
    },
    close: () => client.close(),
  };
}

/**
 * Whether a failed statement left its connection as good as before: an error the server raised
 * for the statement itself (a unique violation, a division by zero), judged by its SQLSTATE,
 * since the severity word is translated with the server's language. Not so: connection and
 * operator errors (08, 57P: shutdown, terminated), lack of resources (53), system and internal
 * errors (58, XX), and 25P02, a connection left inside a failed transaction.
 */
export const leavesConnectionUsable = (err: unknown): boolean =>
  err instanceof pg.DatabaseError && typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && !/^(08|57P|53|58|XX|25P02)/.test(err.code);

/**
 * pg's Pool, except that a statement that fails with its own error gives its connection back
 * instead of closing it: pg-pool closes the connection after any failed `pool.query`, so every
 * refused insert (a retried request's Idempotency-Key, say) cost a new connection, which on a
 * busy server takes tens of milliseconds. drizzle sends its statements outside transactions
 * through `query` (the promise form, as all our code does), and still sees a pg.Pool. Send one
 * statement at a time through it: transactions take a client of their own (`pool.connect`).
 */
function keepingPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  async function query(text: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    if (typeof values === 'function' || arguments.length > 2) throw new Error('this pool takes promise-style queries only');
    const client = await pool.connect();
    try {
      const result = await client.query(text, values);
      client.release();
      return result;
    } catch (err) {
      client.release(leavesConnectionUsable(err) ? undefined : (err as Error));
      throw err;
    }
  }
  pool.query = query as typeof pool.query;
  return pool;
}

export async function openPg(url: string, poolSize: number): Promise<Database> {
  const pool = keepingPool({ connectionString: url, max: poolSize });
  pool.on('error', () => undefined); // an idle client's error must not crash the process
  // Nor must a checked-out client's (a transaction in progress when the server restarts): pg-pool
  // listens only while a client is idle, and an 'error' event nobody listens to ends the process.
  // The query awaiting the connection still fails, and the request is answered 503.
  pool.on('connect', (client) => client.on('error', () => undefined));
  await pool.query('select 1');
  const sent = { statements: 0 };
  const db = drizzleNodePg(pool, counting(sent)) as unknown as Db;
  return {
    kind: 'pg',
    db,
    sent,
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzleNodePg(client, counting(sent)) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    query: async <T>(text: string, params: unknown[], name?: string) => {
      sent.statements += 1;
      return (await pool.query<T & pg.QueryResultRow>(name ? { name, text, values: params } : { text, values: params })).rows;
    },
    listen: (channel, onMessage, onState) => listenPg(url, channel, onMessage, onState),
    close: () => pool.end(),
  };
}

/** A connection of its own that LISTENs, and comes back after it is lost. */
async function listenPg(url: string, channel: string, onMessage: (payload: string) => void, onState: (listening: boolean) => void): Promise<() => Promise<void>> {
  if (!CHANNEL.test(channel)) throw new Error(`bad channel name ${channel}`);
  let current: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('error', () => undefined); // 'end' follows, and handles it
    c.on('notification', (n) => {
      if (n.channel === channel) onMessage(n.payload ?? '');
    });
    c.on('end', () => {
      if (current !== c) return;
      current = null;
      onState(false);
      if (!stopped) retry = setTimeout(reconnect, 1000);
    });
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
    } catch (err) {
      await c.end().catch(() => undefined);
      throw err;
    }
    if (stopped) {
      await c.end();
      return;
    }
    current = c;
    onState(true);
  };
  const reconnect = (): void => {
    retry = null;
    connect().catch(() => {
      if (!stopped) retry = setTimeout(reconnect, 1000);
    });
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = current;
    current = null;
    onState(false);
    await c?.end();
  };
}
