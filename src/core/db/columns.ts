import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Column types every module's tables use. */

/** Binary content (attachments) stored in the database, so backups and several instances just work. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** A point in time, with its time zone, read as a Date. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
