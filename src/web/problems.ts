import type { TFunction } from 'i18next';
import { ApiError, type FieldProblem, type Problem } from './api';

// Problem types the server names with a stable code (about:blank#<code>) that we word ourselves,
// so the sentence follows the reader's language rather than the server's.
const KNOWN_CODES = [
  'invalid_credentials',
  'locked',
  'setup_token_invalid',
  'totp_enabled',
  'totp_not_started',
  'unauthorized',
  'forbidden',
  'not_found',
  'validation',
  'internal',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function knownCode(problem: Problem): KnownCode | null {
  const code = problem.type?.split('#')[1] ?? '';
  return (KNOWN_CODES as readonly string[]).includes(code) ? (code as KnownCode) : null;
}

/** The sentence to show the user for a failed request. */
export function problemText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.crashed');
  if (error.status === 0) return t('errors.network');
  const code = knownCode(error.problem);
  if (code) return t(`problems.${code}`, { requestId: error.problem.requestId ?? '—' });
  return error.problem.detail ?? error.problem.title ?? t('errors.generic', { status: error.status });
}

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

// The server words field errors in English; the ones it is known to send are reworded here.
type FieldMessageKey =
  | 'wrong' | 'codeMismatch' | 'sixDigits' | 'taken' | 'commonPassword'
  | 'containsUsername' | 'fewCharacters' | 'tooShort' | 'unitRequired';

const FIELD_MESSAGES: Record<string, FieldMessageKey> = {
  'is wrong': 'wrong',
  'does not match': 'codeMismatch',
  'must be 6 digits': 'sixDigits',
  'is already taken': 'taken',
  'is already used': 'taken',
  'is in the list of common passwords': 'commonPassword',
  'must not contain the username': 'containsUsername',
  'uses too few different characters': 'fewCharacters',
  'must be at least 10 characters': 'tooShort',
  'is required for role unit_liaison': 'unitRequired',
};

function fieldMessage(message: string, t: TFunction): string {
  const key = FIELD_MESSAGES[message];
  return key ? t(`fieldMessages.${key}`) : message;
}

// Servers name fields as "password", "body.password", "/password" or ["body", "password"].
function fieldName(path: FieldProblem['path']): (string | number)[] {
  const parts = Array.isArray(path) ? path : path.split(/[./]/).filter(Boolean);
  return parts[0] === 'body' ? parts.slice(1) : parts;
}

/** The server's field errors that belong to one of the form's fields. */
export function fieldErrors(error: unknown, fields: readonly string[], t: TFunction): FieldError[] {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return [];
  return error.problem.errors
    .map((item) => ({ name: fieldName(item.path), errors: [fieldMessage(item.message, t)] }))
    .filter((item) => item.name.length > 0 && fields.includes(String(item.name[0])));
}
