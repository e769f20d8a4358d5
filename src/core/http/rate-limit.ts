import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../db/client.js';
import { AppError } from '../errors.js';
import type { AppContext } from './context.js';

/** The requesting address under a keyed hash: no address is stored. */
export const addressHash = (ctx: Pick<AppContext, 'receiptHash'>, ip: string): string => ctx.receiptHash(`ip:${ip}`).slice(0, 32);

/** A rate-limit bucket for the requesting address. */
export const addressBucket = (ctx: Pick<AppContext, 'receiptHash'>, kind: string, ip: string): string => `${kind}:${addressHash(ctx, ip)}`;

/** Whole seconds (at least 1) until a window that started at `start` ends. */
const secondsLeft = (start: Date | string, windowSeconds: number): number =>
  Math.max(1, Math.ceil((new Date(start).getTime() + windowSeconds * 1000 - Date.now()) / 1000));

export const tooManyRequests = (retryAfter: number, what = 'Too many requests') =>
  new AppError(429, 'rate_limited', `${what}; try again in ${retryAfter} s`, undefined, { 'Retry-After': String(retryAfter) });

/**
 * Counts one hit in `bucket`'s fixed window and says whether it is within `limit`, with the
 * seconds left in the window. Counting first and judging the count the statement returned is
 * what makes the limit hold under concurrency: a check before the count lets every request that
 * arrives together through. Kept in the database, so that it holds across instances.
 */
export async function claimRateLimit(db: Queryable, bucket: string, limit: number, windowSeconds: number): Promise<{ ok: boolean; retryAfter: number }> {
  const [r] = await rows<{ hits: number; window_start: Date | string }>(
    db,
    sql`insert into rate_limits (bucket, window_start, hits) values (${bucket}, now(), 1)
        on conflict (bucket) do update set
          hits = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then 1 else rate_limits.hits + 1 end,
          window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then now() else rate_limits.window_start end
        returning hits, window_start`,
  );
  return { ok: !r || r.hits <= limit, retryAfter: r ? secondsLeft(r.window_start, windowSeconds) : 1 };
}

/** Throws a 429 with Retry-After when `bucket` has had more than `limit` hits, this one included, in the current window. */
export async function rateLimit(db: Queryable, bucket: string, limit: number, windowSeconds: number): Promise<void> {
  const { ok, retryAfter } = await claimRateLimit(db, bucket, limit, windowSeconds);
  if (!ok) throw tooManyRequests(retryAfter);
}

/** Gives back a hit counted by claimRateLimit: for limits that count failures (sign-in), once the attempt succeeded. */
export async function releaseRateLimit(db: Queryable, bucket: string): Promise<void> {
  await db.execute(sql`update rate_limits set hits = greatest(hits - 1, 0) where bucket = ${bucket}`);
}
