import i18n from 'i18next';
import type { ProblemCatalogue } from '../../core/contract';

/** The code a problem document names at the end of its type (`about:blank#not_found` → not_found). */
export function problemCode(problem: { type?: string }): string {
  return problem.type?.split('#')[1] ?? '';
}

/** A catalogued problem's words (the server's contracts) in the reader's language: English, else Chinese. */
export function problemWords(catalogue: ProblemCatalogue, code: string): string | null {
  const entry = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
  if (!entry) return null;
  return i18n.language === 'en' ? entry.en : entry.zh;
}
