/**
 * Where attachment bytes live. By default in the database row itself, so that backups and
 * several app instances need nothing more; an S3-compatible store can implement the same two
 * calls (keeping only a reference in the row) and be chosen by configuration.
 */
export interface AttachmentStorage {
  readonly kind: string;
  /** Stores the bytes; returns what the row keeps: the bytes themselves, or a reference to them. */
  put(content: Buffer): Promise<Buffer>;
  /** The bytes for what the row kept. */
  get(kept: Buffer, kind: string): Promise<Buffer>;
}

export const databaseStorage: AttachmentStorage = {
  kind: 'db',
  put: async (content) => content,
  get: async (kept, kind) => {
    if (kind !== 'db') throw new Error(`attachment stored in "${kind}", which this server is not configured for`);
    return kept;
  },
};
