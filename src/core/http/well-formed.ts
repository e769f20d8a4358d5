import type { FastifyInstance } from 'fastify';
import { badRequest, fieldPath, type FieldError } from '../errors.js';

/** At most this many values are looked at in one request (a 1 MB body holds fewer). */
const MAX_VALUES = 1_000_000;

/** Why a string cannot be stored as PostgreSQL text, or null when it can. */
export function stringProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain the NUL character';
  if (/\p{Cs}/u.test(s)) return 'is not well-formed Unicode (a lone surrogate)';
  return null;
}

/** The first strings (keys included) in `value` that PostgreSQL would refuse, by path. */
export function illFormedStrings(value: unknown, root: string): FieldError[] {
  const found: FieldError[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [root] }];
  for (let seen = 0; stack.length && seen < MAX_VALUES && found.length < 10; seen++) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (typeof v === 'string') {
      const problem = stringProblem(v);
      if (problem) found.push({ path: fieldPath(path), message: problem });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, item] of Object.entries(v)) {
        const problem = stringProblem(k);
        if (problem) found.push({ path: fieldPath(path), message: `has a key that ${problem}` });
        else stack.push({ v: item, path: [...path, k] });
      }
    }
  }
  return found;
}

/**
 * Every string that comes in — path, query and body — is text PostgreSQL can store: no NUL and
 * no broken UTF-16. Checked once for every route, before its own validation, so that no route
 * can forget it and none answers such input with a 500.
 */
export function registerWellFormedInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const errors = [
      ...illFormedStrings(req.params, 'params'),
      ...illFormedStrings(req.query, 'querystring'),
      ...illFormedStrings(req.body, 'body'),
    ];
    if (errors.length) throw badRequest(errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
  });
}
