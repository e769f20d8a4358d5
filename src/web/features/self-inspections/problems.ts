import type { TFunction } from 'i18next';
import { ApiError } from '../../common/api';
import { problemText } from '../../common/problems';
import { problemCode, problemWords } from '../../common/problemWords';
import { selfInspectionProblems } from './types';

/** The code of a refused request (report_changed…), or null for another failure. */
export function selfInspectionCode(error: unknown): string | null {
  return error instanceof ApiError ? problemCode(error.problem) || null : null;
}

/** The sentence for a failed self-inspection request: this module's codes in the reader's language, else the common words. */
export function selfInspectionProblemText(error: unknown, t: TFunction): string {
  const code = selfInspectionCode(error);
  const words = code ? problemWords(selfInspectionProblems, code) : null;
  return words ?? problemText(error, t);
}

/** A failure worth trying again by itself: no answer (network) or the server's own trouble. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500);
}
