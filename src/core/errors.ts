/** Named application errors with stable codes; mapped to problem+json in one place (http/problem.ts). */
import { problems as core, type ProblemCatalogue } from './contract.js';

export type FieldError = { path: string; message: string };

/** `/units/12/parent` → `units[12].parent`, the way people name a field. */
export function fieldPath(segments: (string | number)[]): string {
  return segments.reduce<string>((acc, seg) => {
    if (typeof seg === 'number' || /^\d+$/.test(String(seg))) return `${acc}[${seg}]`;
    return acc ? `${acc}.${seg}` : String(seg);
  }, '');
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** More members of the problem document (e.g. the allowed transitions). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** More of a problem than its code and detail: field errors, headers, extra members. */
export type ProblemMore = { errors?: FieldError[]; headers?: Record<string, string>; extra?: Record<string, unknown> };

/**
 * The error for a catalogued problem: the catalogue gives the status, so a code cannot leave with
 * another one. `detail` is the sentence for API clients (the catalogue's English when omitted).
 */
export function problem<C extends ProblemCatalogue>(catalogue: C, code: keyof C & string, detail?: string, more: ProblemMore = {}): AppError {
  const entry = catalogue[code] as C[keyof C];
  return new AppError(entry.status, code, detail ?? entry.en, more.errors, more.headers, more.extra);
}

export const badRequest = (message: string, errors?: FieldError[]) => problem(core, 'bad_request', message, { errors });
export const unauthorized = (message = 'Not signed in') => problem(core, 'unauthorized', message);
export const forbidden = (message = 'Not allowed') => problem(core, 'forbidden', message);
export const notFound = (message = 'Not found') => problem(core, 'not_found', message);
export const conflict = (message: string, errors?: FieldError[]) => problem(core, 'conflict', message, { errors });
export const locked = (message: string, retryAfterSeconds: number) =>
  problem(core, 'locked', message, { headers: { 'Retry-After': String(retryAfterSeconds) } });
