import { newIdempotencyKey } from '../../common/idempotencyKey';

/** What an item's key may be (the contract's itemKey): 1–40 letters, digits, - or _. */
export const ITEM_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/** A key made of random text: only the allowed characters, at most 12 of them. */
export function itemKeyFrom(random: string): string {
  return random.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 12);
}

/**
 * A fresh key for an item added on the page (comments on it follow it across versions): 12 hex
 * digits of a random UUID, made again in the unlikely case it is already used in the report.
 */
export function newItemKey(used: ReadonlySet<string> = new Set(), random: () => string = () => newIdempotencyKey().replace(/-/g, '')): string {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const key = itemKeyFrom(random());
    if (ITEM_KEY.test(key) && !used.has(key)) return key;
  }
  throw new Error('no fresh item key');
}
