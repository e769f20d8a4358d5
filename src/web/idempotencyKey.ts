/**
 * A fresh Idempotency-Key. crypto.randomUUID exists only in secure contexts, and an office
 * intranet may serve the console over plain HTTP, so the key is made from getRandomValues,
 * which every browser offers everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
