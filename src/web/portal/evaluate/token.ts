import type { AnswerIn } from './types';

const TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

/** The token a link carries after its `#`, or why there is none. Mail programs sometimes add spaces or encode the characters. */
export function tokenInHash(hash: string): { token: string } | { problem: 'missing' | 'malformed' } {
  let raw = hash.replace(/^#/, '').trim();
  if (!raw) return { problem: 'missing' };
  try {
    raw = decodeURIComponent(raw).trim();
  } catch {
    return { problem: 'malformed' };
  }
  return TOKEN.test(raw) ? { token: raw } : { problem: 'malformed' };
}

/** What this browser tab keeps for a round: the token (so a reload still works) and answers not yet saved on the server. */
interface Kept {
  token: string;
  unsaved?: AnswerIn[];
}

const keyOf = (roundId: number) => `zf.evaluate.${roundId}`;

function read(roundId: number): Kept | null {
  try {
    const kept = JSON.parse(window.sessionStorage.getItem(keyOf(roundId)) ?? 'null') as Kept | null;
    return kept && typeof kept.token === 'string' && TOKEN.test(kept.token) ? kept : null;
  } catch {
    return null;
  }
}

function write(roundId: number, kept: Kept): void {
  try {
    window.sessionStorage.setItem(keyOf(roundId), JSON.stringify(kept));
  } catch {
    // Storage full or switched off: the answers are still in memory and on the server.
  }
}

/**
 * The round's token: taken from the address once, which is then cleaned so the token is not shown,
 * bookmarked or passed on; after that from this tab's session storage. It travels only in request bodies.
 */
export function takeToken(roundId: number): { token: string } | { problem: 'missing' | 'malformed' } {
  const { hash, pathname, search } = window.location;
  if (hash) {
    window.history.replaceState(window.history.state, '', pathname + search);
    const found = tokenInHash(hash);
    if ('token' in found && roundId > 0) {
      const kept = read(roundId);
      write(roundId, kept?.token === found.token ? kept : { token: found.token });
    }
    return found;
  }
  const kept = read(roundId);
  return kept ? { token: kept.token } : { problem: 'missing' };
}

/** Answers left unsaved by this tab for this token (a reload or a lost connection before the last save). */
export function unsavedAnswers(roundId: number, token: string): AnswerIn[] | null {
  const kept = read(roundId);
  return kept?.token === token && Array.isArray(kept.unsaved) ? kept.unsaved : null;
}

export function keepUnsaved(roundId: number, token: string, answers: AnswerIn[] | null): void {
  write(roundId, answers ? { token, unsaved: answers } : { token });
}
