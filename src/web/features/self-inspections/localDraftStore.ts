import { parseStoredDraft, type StoredDraft } from './draft';

const PREFIX = 'zf.selfInspection.draft.';

/**
 * The browser's copy of one report's draft (localStorage, by report id): written on every change,
 * removed once the server holds all of it. Storage may be full or refused (private windows): the
 * copy is then a courtesy that did not happen, never an error.
 */
export function localDraftStore(reportId: number) {
  const key = `${PREFIX}${reportId}`;
  return {
    read(): StoredDraft | null {
      try {
        return parseStoredDraft(window.localStorage.getItem(key));
      } catch {
        return null;
      }
    },
    write(copy: StoredDraft): void {
      try {
        window.localStorage.setItem(key, JSON.stringify(copy));
      } catch {
        // full or refused
      }
    },
    remove(): void {
      try {
        window.localStorage.removeItem(key);
      } catch {
        // refused
      }
    },
  };
}

export type LocalDraftStore = ReturnType<typeof localDraftStore>;
