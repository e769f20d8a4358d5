import pino, { type DestinationStream, type Logger } from 'pino';

type ErrorLike = Error & Record<string, unknown>;

/**
 * An error as the log may keep it: its kind, message, SQLSTATE, the statement's text and the
 * names (constraint, table, column) a database error gives — never the statement's parameters,
 * which are what people typed (search terms, names, phone numbers). Drizzle's wrapper writes them
 * into its message ("params: …") and keeps them as `params`, as PGlite's errors do; a database
 * error's `detail` repeats the values it refused ("Key (name)=(…)"); all stay out.
 */
export function errorForLog(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return typeof err === 'object' && err !== null ? { message: 'non-error thrown' } : { message: String(err) };
  const e = err as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const out: Record<string, unknown> = { type: e.constructor.name, message: safeMessage(e.message, code) };
  if (code) out.code = code;
  for (const key of ['query', 'constraint', 'table', 'column', 'routine', 'statusCode'] as const) {
    if (typeof e[key] === 'string' || typeof e[key] === 'number') out[key] = e[key];
  }
  // The first line of a stack repeats the message; the frames alone say where.
  if (e.stack) out.stack = e.stack.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  if (e.cause !== undefined && depth < 5) out.cause = errorForLog(e.cause, depth + 1);
  return out;
}

function safeMessage(message: string, code: string | undefined): string {
  const withoutParams = message.replace(/\nparams:[\s\S]*$/, '');
  // Class 22 (a value the database refuses) quotes the value in its message.
  return code?.startsWith('22') ? withoutParams.replace(/"[^"]*"|'[^']*'/g, '"…"') : withoutParams;
}

/** The server's logger: no cookies, tokens, client addresses, query strings or statement parameters. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      serializers: {
        // No client address or user agent in the logs: public reporters must not be traceable.
        req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, url: (req.url.split('?')[0] ?? '').replace(/\d{16,}/g, '[receipt]') }),
        err: (err: unknown) => errorForLog(err),
      },
    },
    destination,
  );
}
