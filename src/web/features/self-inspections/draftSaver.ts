import { isApiError } from '../../common/api';
import { contentJson, sendable, type DraftContent, type StoredDraft } from './draft';
import { isTransient, selfInspectionCode } from './problems';
import type { ReportContent } from './types';

/**
 * Where the saving of a draft stands:
 * - idle: nothing changed since the page opened; pending: changes wait for the next save;
 * - saving; saved (at `savedAt`);
 * - offline: the last save got no answer (or the server's trouble), it is tried again by itself;
 * - conflict: someone saved another revision meanwhile (report_changed), nothing more is saved;
 * - closed: the report was submitted or reviewed meanwhile (report_not_editable);
 * - invalid: the server refused the content (a field error); failed: refused for another reason.
 */
export type SavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'closed' | 'invalid' | 'failed';

export interface SaveState {
  phase: SavePhase;
  /** When the server last took a save (ms since the epoch), null before. */
  savedAt: number | null;
  /** Half-written items: kept in the browser's copy only until whole. */
  incomplete: number;
  /** The last refusal, for its words. */
  error: unknown;
}

export interface SaverDeps<A extends { revision: number }> {
  /** PUT …/draft: the content over the revision it started from. */
  put: (content: ReportContent, revision: number) => Promise<A>;
  /** The browser's copy of the draft. */
  store: { write: (copy: StoredDraft) => void; remove: () => void };
  /** Runs `run` after `ms`; returns what cancels it. */
  schedule: (run: () => void, ms: number) => () => void;
  now: () => number;
  onState: (state: SaveState) => void;
  onSaved?: (answer: A) => void;
  /** A 400 with field errors: `sent` is the content the paths point into. */
  onInvalid?: (error: unknown, sent: ReportContent) => void;
}

/** How long after the last change a draft is saved, and how soon a failed save is tried again (doubling up to the most). */
export const SAVE_DELAY_MS = 1500;
export const RETRY_FIRST_MS = 3000;
export const RETRY_MOST_MS = 60_000;

/**
 * Saves a report's draft as it is written: a while after the last change (or at once on flush),
 * one save at a time, each naming the revision it started from; every change is first written
 * to the browser's copy, so a failed save or a closed page loses nothing. Plain TypeScript: the
 * editor holds one per report.
 */
export class DraftSaver<A extends { revision: number }> {
  private latest: DraftContent;
  private sentJson: string;
  private sentContent: ReportContent;
  private revisionNow: number;
  private running: Promise<boolean> | null = null;
  private cancelTimer: (() => void) | null = null;
  private retryMs = RETRY_FIRST_MS;
  private stopped = false;
  private current: SaveState;

  constructor(
    private readonly deps: SaverDeps<A>,
    start: { revision: number; server: ReportContent; draft: DraftContent; dirty: boolean },
  ) {
    this.latest = start.draft;
    this.revisionNow = start.revision;
    this.sentJson = contentJson(start.server);
    this.sentContent = sendable(start.draft).content;
    this.current = { phase: start.dirty ? 'pending' : 'idle', savedAt: null, incomplete: sendable(start.draft).incomplete, error: null };
  }

  /** The page shows the draft: a draft taken up from the browser's copy is saved a while later. */
  resume(): void {
    if (this.current.phase === 'pending' && !this.stopped && !this.cancelTimer) this.later(SAVE_DELAY_MS);
  }

  get state(): SaveState {
    return this.current;
  }

  /** The revision the next save or the submission names. */
  get revision(): number {
    return this.revisionNow;
  }

  /** The content of the last save the server took (what a submission's field errors point into). */
  get sent(): ReportContent {
    return this.sentContent;
  }

  get draft(): DraftContent {
    return this.latest;
  }

  /** The page's content changed: keep it in the browser at once, save it a while later. */
  change(draft: DraftContent): void {
    this.latest = draft;
    this.keepCopy();
    if (this.stopped) {
      this.set({ incomplete: sendable(draft).incomplete });
      return;
    }
    this.set({ phase: 'pending', incomplete: sendable(draft).incomplete });
    this.later(SAVE_DELAY_MS);
  }

  /** Saves now what is not saved yet; true when the server holds the draft's whole items. */
  async flush(): Promise<boolean> {
    this.cancel();
    // Checked again after every wait, and without a wait when none runs: two flushes never save at once.
    while (this.running) await this.running;
    if (this.stopped) return false;
    const run = this.saveOnce();
    this.running = run;
    try {
      return await run;
    } finally {
      this.running = null;
    }
  }

  /** Waits for the save under way, if any. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** No more saving (the report was submitted, or the page starts afresh); the copy stays unless `forget`. */
  stop({ forget = false }: { forget?: boolean } = {}): void {
    this.stopped = true;
    this.cancel();
    if (forget) this.deps.store.remove();
  }

  /** The page is left: what waits is saved now, and no retry is left behind. */
  leave(): void {
    const waiting = this.current.phase === 'pending' || this.current.phase === 'offline';
    this.cancel();
    if (waiting && !this.stopped) void this.flush().finally(() => this.cancel());
  }

  private async saveOnce(): Promise<boolean> {
    const draft = this.latest;
    const { content, incomplete } = sendable(draft);
    const json = JSON.stringify(content);
    if (json === this.sentJson) {
      if (incomplete === 0) this.deps.store.remove();
      const phase = this.current.phase === 'pending' || this.current.phase === 'offline' || this.current.phase === 'invalid' ? (this.current.savedAt === null ? 'idle' : 'saved') : this.current.phase;
      this.set({ phase, incomplete, error: null });
      return true;
    }
    this.set({ phase: 'saving', incomplete });
    try {
      const answer = await this.deps.put(content, this.revisionNow);
      this.revisionNow = answer.revision;
      this.sentJson = json;
      this.sentContent = content;
      this.retryMs = RETRY_FIRST_MS;
      this.deps.onSaved?.(answer);
      const unchanged = this.latest === draft;
      if (unchanged && incomplete === 0) this.deps.store.remove();
      else this.keepCopy();
      this.set({ phase: unchanged ? 'saved' : 'pending', savedAt: this.deps.now(), error: null });
      if (!unchanged) this.later(SAVE_DELAY_MS);
      return true;
    } catch (error) {
      this.refused(error, content);
      return false;
    }
  }

  private refused(error: unknown, sent: ReportContent): void {
    if (isTransient(error)) {
      this.set({ phase: 'offline', error });
      this.later(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MOST_MS);
      return;
    }
    const code = selfInspectionCode(error);
    if (code === 'report_changed' || code === 'report_not_editable') {
      this.stopped = true;
      this.set({ phase: code === 'report_changed' ? 'conflict' : 'closed', error });
      return;
    }
    if (isApiError(error, 400)) {
      this.set({ phase: 'invalid', error });
      this.deps.onInvalid?.(error, sent);
      return;
    }
    this.set({ phase: 'failed', error });
  }

  private keepCopy(): void {
    this.deps.store.write({ baseRevision: this.revisionNow, savedAt: this.deps.now(), content: this.latest });
  }

  private later(ms: number): void {
    this.cancel();
    this.cancelTimer = this.deps.schedule(() => {
      this.cancelTimer = null;
      void this.flush();
    }, ms);
  }

  private cancel(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private set(change: Partial<SaveState>): void {
    this.current = { ...this.current, ...change };
    this.deps.onState(this.current);
  }
}
