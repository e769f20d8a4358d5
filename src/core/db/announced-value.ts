/**
 * A value read from the database that this instance keeps until the database announces a change
 * to it on a notification channel (after commit). Kept only while the instance listens: while the
 * listening connection is down every call reads afresh, since an announcement may be missed. And
 * kept at most `maxAgeMs`: a connection that died without a word (no reset reached us) would
 * otherwise keep a stale value for as long as it seems alive.
 */
export class AnnouncedValue<T> {
  private value: Promise<T> | null = null;
  private readAt = 0;
  private live = false;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    if (this.value && this.now() - this.readAt < this.maxAgeMs) return this.value;
    const read = this.load();
    if (this.live) {
      this.value = read;
      this.readAt = this.now();
      read.catch(() => {
        if (this.value === read) this.value = null;
      });
    }
    return read;
  }

  /** A change was announced or made here: the next call reads afresh. */
  forget(): void {
    this.value = null;
  }

  setLive(live: boolean): void {
    this.live = live;
    this.value = null;
  }
}
