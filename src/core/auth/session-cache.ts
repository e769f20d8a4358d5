import type { SessionUser } from '../http/context.js';

/** What a request needs to know about its session, as read from the database. */
export type SessionRecord = { user: SessionUser; disabled: boolean; csrfToken: string; expiresAt: number; lastSeenAt: number };

/**
 * Sessions this instance has read lately, so that a request does not cost a database round trip
 * before its real work. Only trusted while the instance listens to the `zf_auth` channel, on
 * which the database announces (after commit) every change to a user and every ended session:
 * then every instance forgets them at once. Entries also expire after a short time, as a backstop.
 */
export class SessionCache {
  private readonly entries = new Map<string, { record: SessionRecord; at: number }>();
  private live = false;
  /** Bumped on every forget: a read that started before one may not be cached after it. */
  private generation = 0;

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** Whether notifications arrive; entries are dropped both ways, since some may have been missed. */
  setLive(live: boolean): void {
    this.live = live;
    this.forgetAll();
  }

  get(hash: string, now: number): SessionRecord | undefined {
    if (!this.live) return undefined;
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (now - e.at > this.ttlMs) {
      this.entries.delete(hash);
      return undefined;
    }
    return e.record;
  }

  /** A token for `put`: the state of the cache when the read began. */
  mark(): number {
    return this.generation;
  }

  put(hash: string, record: SessionRecord, mark: number, now: number): void {
    if (!this.live || mark !== this.generation) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(hash, { record, at: now });
  }

  /** Records that the session was seen now (its last_seen_at was written). */
  touch(hash: string, now: number): void {
    const e = this.entries.get(hash);
    if (e) e.record = { ...e.record, lastSeenAt: now };
  }

  forgetSession(hash: string): void {
    this.generation++;
    this.entries.delete(hash);
  }

  forgetUser(userId: number): void {
    this.generation++;
    for (const [hash, e] of this.entries) if (e.record.user.id === userId) this.entries.delete(hash);
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  /** A zf_auth notification: `u:<user id>` or `s:<token hash>`. */
  onNotification(payload: string): void {
    if (payload.startsWith('u:')) this.forgetUser(Number(payload.slice(2)));
    else if (payload.startsWith('s:')) this.forgetSession(payload.slice(2));
    else this.forgetAll();
  }
}
