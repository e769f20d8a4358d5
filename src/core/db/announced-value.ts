/**
 * A value read from the database that this instance keeps until the database announces a change
 * to it on a notification channel (after commit). Kept only while the instance listens: while the
 * listening connection is down every call reads afresh, since an announcement may be missed.
 */
export class AnnouncedValue<T> {
  private value: Promise<T> | null = null;
  private live = false;

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.value) return this.value;
    const read = this.load();
    if (this.live) {
      this.value = read;
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
