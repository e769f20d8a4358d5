/** Named application errors with stable codes; mapped to problem+json in one place (http/problem.ts). */
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

export const badRequest = (message: string, errors?: FieldError[]) =>
  new AppError(400, 'bad_request', message, errors);
export const unauthorized = (message = 'Not signed in') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'Not allowed') => new AppError(403, 'forbidden', message);
export const notFound = (message = 'Not found') => new AppError(404, 'not_found', message);
export const conflict = (message: string, errors?: FieldError[]) => new AppError(409, 'conflict', message, errors);
export const locked = (message: string, retryAfterSeconds: number) =>
  new AppError(423, 'locked', message, undefined, { 'Retry-After': String(retryAfterSeconds) });
