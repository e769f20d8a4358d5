import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../db/client.js';
import { AppError } from '../errors.js';
import type { AppContext } from './context.js';

/** A bucket for the requesting address, under a keyed hash: no address is stored. */
export const addressBucket = (ctx: Pick<AppContext, 'receiptHash'>, kind: string, ip: string): string => `${kind}:${ctx.receiptHash(`ip:${ip}`).slice(0, 32)}`;

/** Whole seconds (at least 1) until a window that started at `start` ends. */
const secondsLeft = (start: Date | string, windowSeconds: number): number =>
  Math.max(1, Math.ceil((new Date(start).getTime() + windowSeconds * 1000 - Date.now()) / 1000));

/**
 * Fixed-window rate limit kept in the database, so that it holds across instances. Throws a
 * 429 with Retry-After when `bucket` has had `limit` hits in the current window.
 */
export async function rateLimit(db: Queryable, bucket: string, limit: number, windowSeconds: number): Promise<void> {
  const [r] = await rows<{ hits: number; window_start: Date | string }>(
    db,
    sql`insert into rate_limits (bucket, window_start, hits) values (${bucket}, now(), 1)
        on conflict (bucket) do update set
          hits = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then 1 else rate_limits.hits + 1 end,
          window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then now() else rate_limits.window_start end
        returning hits, window_start`,
  );
  if (!r || r.hits <= limit) return;
  const retryAfter = secondsLeft(r.window_start, windowSeconds);
  throw new AppError(429, 'rate_limited', `Too many requests; try again in ${retryAfter} s`, undefined, { 'Retry-After': String(retryAfter) });
}

/**
 * Refuses when `bucket` already holds `limit` hits in its current window, without counting this
 * request: for limits that count failures only (sign-in), checked before the attempt.
 */
export async function checkRateLimit(db: Queryable, bucket: string, limit: number, windowSeconds: number): Promise<void> {
  const [r] = await rows<{ hits: number; window_start: Date | string }>(
    db,
    sql`select hits, window_start from rate_limits where bucket = ${bucket} and window_start >= now() - make_interval(secs => ${windowSeconds})`,
  );
  if (!r || r.hits < limit) return;
  const retryAfter = secondsLeft(r.window_start, windowSeconds);
  throw new AppError(429, 'rate_limited', `Too many failed sign-ins from this address; try again in ${retryAfter} s`, undefined, { 'Retry-After': String(retryAfter) });
}
