import { ApiError } from '../../common/api';

export type SavePhase = 'clean' | 'waiting' | 'saving' | 'saved' | 'failed';

export interface SaveStatus {
  phase: SavePhase;
  /** When the server last stored the draft. */
  savedAt: string | null;
  error: unknown;
}

interface SaverOptions<T> {
  send: (value: T) => Promise<{ savedAt: string }>;
  onStatus: (status: SaveStatus) => void;
  /** Called with the value while it is not on the server yet, and with null once it is. */
  keep?: (value: T | null) => void;
  savedAt?: string | null;
  delay?: number;
  retryDelay?: number;
}

/**
 * Saves the latest value some time after the last change, one request at a time; changes made while a
 * save is on its way are saved after it. A failed save keeps the value and tries again later, or at once on `flush`.
 */
export class DraftSaver<T> {
  private latest: T | null = null;
  private edits = 0;
  private savedEdits = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sending = false;
  private stopped = false;
  private held = false;
  private status: SaveStatus;
  private readonly delay: number;
  private readonly retryDelay: number;

  constructor(private readonly options: SaverOptions<T>) {
    this.delay = options.delay ?? 1500;
    this.retryDelay = options.retryDelay ?? 10_000;
    this.status = { phase: options.savedAt ? 'saved' : 'clean', savedAt: options.savedAt ?? null, error: null };
  }

  /** Unsaved changes exist, or a save is on its way. */
  get dirty(): boolean {
    return this.edits > this.savedEdits || this.sending;
  }

  change(value: T): void {
    if (this.stopped) return;
    this.latest = value;
    this.edits += 1;
    this.options.keep?.(value);
    this.schedule(this.delay);
    if (!this.sending) this.report({ ...this.status, phase: 'waiting' });
  }

  /** Saves now what is not saved yet (leaving a unit, hiding the page, or the reader's retry). */
  flush(): void {
    if (this.stopped) return;
    this.clearTimer();
    void this.run();
  }

  /** No saving while the answers are being submitted (a draft arriving after them would be refused). */
  hold(): void {
    this.held = true;
    this.clearTimer();
  }

  /** Saving again, after a submission that did not go through. */
  release(): void {
    this.held = false;
    if (this.edits > this.savedEdits) this.schedule(this.delay);
  }

  /** No more saving: the answers have been submitted, or the link no longer works. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    if (this.sending || this.stopped || this.held || this.edits === this.savedEdits || this.latest === null) return;
    const edits = this.edits;
    this.sending = true;
    this.report({ ...this.status, phase: 'saving' });
    try {
      const { savedAt } = await this.options.send(this.latest);
      this.sending = false;
      if (this.stopped) return;
      this.savedEdits = edits;
      if (this.edits > this.savedEdits) {
        this.report({ phase: 'waiting', savedAt, error: null });
        if (!this.held) this.schedule(this.delay);
      } else {
        this.options.keep?.(null);
        this.report({ phase: 'saved', savedAt, error: null });
      }
    } catch (error) {
      this.sending = false;
      if (this.stopped) return;
      this.report({ ...this.status, phase: 'failed', error });
      if (this.held) return;
      // A lost connection or a server hiccup passes; a refusal does not, so it waits for the next change or a retry.
      if (error instanceof ApiError && (error.status === 0 || error.status >= 500 || error.status === 429)) this.schedule(this.retryDelay);
    }
  }

  private report(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}
