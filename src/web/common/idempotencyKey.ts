/**
 * A fresh Idempotency-Key: a random UUID (version 4), the form the portal's server requires,
 * since every citizen shares its keys and only an unguessable one keeps a receipt to its sender.
 * crypto.randomUUID exists only in secure contexts, and an office intranet may serve the
 * console over plain HTTP, so without it the same UUID is made from getRandomValues, which
 * every browser offers everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
