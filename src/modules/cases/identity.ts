import { sql } from 'drizzle-orm';
import { audit, systemActor } from '../../core/audit/audit.js';
import type { SealedBox } from '../../core/crypto/sm.js';
import { rows, type Db } from '../../core/db/client.js';
import type { Reporter } from './intake.js';

/**
 * Channel details that identify the reporter — a letter's sender and return address, a media
 * contact, the place and coordinates an Open311 app sends — are the reporter's data: sealed with
 * the reporter's name and phone, shown only to the office through the audited reporter view,
 * never kept in the case's open channel details that the unit concerned reads.
 */
export const IDENTIFYING_DETAIL: Readonly<Record<string, readonly string[]>> = {
  letter: ['sender', 'senderAddress'],
  media: ['contact'],
  web: ['address', 'lat', 'long'],
};

const identifyingKeys = (channel: string): readonly string[] => IDENTIFYING_DETAIL[channel] ?? [];

/** The open channel details, and the identifying ones (null when there are none) to seal. */
export function splitDetail(channel: string, detail: Record<string, unknown>): { open: Record<string, unknown>; identifying: Record<string, string> | null } {
  const keys = identifyingKeys(channel);
  const open: Record<string, unknown> = {};
  const identifying: Record<string, string> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (!keys.includes(key)) open[key] = value;
    else if (value !== undefined && value !== null && value !== '') identifying[key] = String(value);
  }
  return { open, identifying: Object.keys(identifying).length ? identifying : null };
}

/** The reporter to seal: the identity given, with the identifying channel details beside it. */
export function reporterWith(reporter: Reporter | undefined, identifying: Record<string, string> | null): Reporter | undefined {
  if (!identifying) return reporter;
  return { ...(reporter ?? {}), details: identifying };
}

/**
 * Channel details as shown with a case: identifying keys left out even where an older row still
 * holds them in the open (rows filed before they were sealed are moved by `sealLegacyDetails`).
 */
export function openDetail(channel: string, detail: Record<string, unknown>): Record<string, unknown> {
  return splitDetail(channel, detail).open;
}

const LEGACY_BATCH = 500;

/**
 * Moves identifying channel details that older rows keep in the open into their sealed reporter
 * box, a batch at a time. Run at start; finds nothing once done. Returns how many cases it sealed.
 */
export async function sealLegacyDetails(db: Db, reporters: SealedBox): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < 100_000; batch++) {
    const moved = await db.transaction(async (tx) => {
      const found = await rows<{ id: number; channel: string; channel_detail: Record<string, unknown>; reporter_sealed: string | null }>(
        tx,
        sql`select id, channel, channel_detail, reporter_sealed from cases
            where (channel = 'letter' and channel_detail ?| array['sender', 'senderAddress'])
               or (channel = 'media' and channel_detail ? 'contact')
               or (channel = 'web' and channel_detail ?| array['address', 'lat', 'long'])
            limit ${LEGACY_BATCH} for update skip locked`,
      );
      for (const c of found) {
        const { open, identifying } = splitDetail(c.channel, c.channel_detail);
        const before = c.reporter_sealed ? (JSON.parse(reporters.open(c.reporter_sealed)) as Reporter) : undefined;
        const reporter = reporterWith(before, identifying);
        await tx.execute(sql`update cases set channel_detail = ${JSON.stringify(open)}::jsonb,
            reporter_sealed = ${reporter ? reporters.seal(JSON.stringify(reporter)) : c.reporter_sealed},
            anonymous = ${reporter ? false : sql`anonymous`} where id = ${c.id}`);
      }
      if (found.length) await audit(tx, systemActor(), { action: 'case.identity_sealed', objectType: 'case', detail: { cases: found.map((c) => Number(c.id)) } });
      return found.length;
    });
    total += moved;
    if (moved < LEGACY_BATCH) return total;
  }
  return total;
}
