import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, fieldPath, type FieldError } from '../errors.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export type Problem = Record<string, unknown> & {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  requestId?: string;
};

/** Every error leaves as RFC 9457 problem+json; nothing about the server's insides goes out. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    let problem: Problem;
    let headers: Record<string, string> = {};
    if (err instanceof AppError) {
      problem = { type: `about:blank#${err.code}`, title: TITLES[err.status] ?? 'Error', status: err.status, detail: err.message };
      if (err.errors) problem.errors = err.errors;
      if (err.extra) Object.assign(problem, err.extra);
      headers = err.headers ?? {};
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const errors = err.validation.map((v) => ({
        path: fieldPath([where, ...v.instancePath.split('/').filter(Boolean)]),
        message: v.message ?? 'is invalid',
      }));
      problem = {
        type: 'about:blank#validation',
        title: 'Bad Request',
        status: 400,
        detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        errors,
      };
    } else if (isDatabaseUnavailable(err)) {
      // The database is restarting or out of reach: a retry (with the same Idempotency-Key) will do.
      req.log.warn({ err }, 'database unavailable');
      problem = { type: 'about:blank#unavailable', title: 'Service Unavailable', status: 503, detail: 'The database is not available at the moment; try again in a few seconds.' };
      headers = { 'Retry-After': '2' };
    } else if (isDataException(err)) {
      // A value the edge let through but the database refuses (out of range, malformed): the
      // request's fault, said without the statement or its parameters.
      req.log.warn({ code: sqlState(err) }, 'database refused a value');
      problem = { type: 'about:blank#invalid_value', title: 'Bad Request', status: 400, detail: 'A value in the request is out of range or malformed.', errors: [{ path: 'request', message: 'has a value out of range or malformed' }] };
    } else if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large…
      problem = { type: `about:blank#${err.code ?? 'client_error'}`, title: TITLES[err.statusCode] ?? 'Bad Request', status: err.statusCode, detail: err.message };
    } else {
      req.log.error({ err }, 'unhandled error');
      problem = { type: 'about:blank#internal', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred. Quote the request id when reporting it.' };
    }
    problem.instance = req.url.split('?')[0];
    problem.requestId = req.id;
    void reply.code(problem.status).headers(headers).type('application/problem+json').send(problem);
  });

  app.setNotFoundHandler((req, reply) => {
    void reply
      .code(404)
      .type('application/problem+json')
      .send({ type: 'about:blank#not_found', title: 'Not Found', status: 404, detail: `No route ${req.method} ${req.url.split('?')[0]}`, requestId: req.id });
  });
}

/**
 * Errors the framework meets before routing (an address with broken percent-encoding, say): they
 * never reach the error handler, so they are answered here, in the same shape.
 */
export function frameworkProblem(error: { code?: string; message: string }, req: FastifyRequest, reply: FastifyReply): void {
  void reply
    .code(400)
    .type('application/problem+json')
    .send({ type: `about:blank#${error.code === 'FST_ERR_BAD_URL' ? 'bad_url' : 'bad_request'}`, title: 'Bad Request', status: 400, detail: error.code === 'FST_ERR_BAD_URL' ? 'The address is not valid (broken percent-encoding)' : 'The request could not be routed', requestId: req.id });
}

/** SQLSTATE classes and driver errors that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '53300']);

/** The SQLSTATE of a database error, looked for through the causes drivers and drizzle wrap it in. */
export function sqlState(err: unknown): string | null {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return null;
}

/** Class 22: a value the database cannot take (out of range, malformed text, a bad date). */
export const isDataException = (err: unknown): boolean => sqlState(err)?.startsWith('22') ?? false;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
    if (typeof e.message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(e.message)) return true;
  }
  return false;
}
