import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

// Loading the dictionary takes a moment: once per process, on first use or at start-up.
let jieba: Jieba | null = null;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/** Loads the dictionary now, so that no request waits for it. */
export function loadSegmenter(): void {
  segmenter();
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The words of a text for the full-text index: jieba's search-mode cut, which also emits the
 * short words inside long ones (态度恶劣 → 态度, 恶劣, 态度恶劣), lower-cased, without punctuation.
 */
export function indexWords(text: string): string {
  return [...new Set(segmenter().cutForSearch(text, true).filter((w) => WORD.test(w)).map((w) => w.toLowerCase()))].join(' ');
}

/** The words of a query, each of which must match. */
export function queryWords(q: string): string[] {
  return [...new Set(segmenter().cut(q, true).filter((w) => WORD.test(w)).map((w) => w.toLowerCase()))];
}
