import type { TFunction } from 'i18next';
import { problems as core } from '../../core/contract';
import { problems as accounts } from '../../modules/accounts/contract';
import { problems as cases } from '../../modules/cases/contract';
import { problems as evaluations } from '../../modules/evaluations/contract';
import { problems as inspections } from '../../modules/inspections/contract';
import { problems as selfInspections } from '../../modules/self-inspections/contract';
import { ApiError, type FieldProblem, type Problem } from './api';
import { statusLabel, stepLabel } from '../features/cases/labels';
import { problemCode, problemWords } from './problemWords';

// The server names each problem with a stable code (about:blank#<code>) from its contracts'
// catalogues, which give the words in both languages: the sentence follows the reader's
// language rather than the server's English. A code means one thing in every catalogue.
const CATALOGUE = { ...core, ...accounts, ...cases, ...inspections, ...evaluations, ...selfInspections };

// The catch-all codes: the server's detail says more than their catalogue words.
const SERVER_WORDED: ReadonlySet<string> = new Set(['bad_request', 'conflict']);

/** A refused case step: the server names the case's status and the steps that are allowed now. */
function illegalStepText(problem: Problem, t: TFunction): string {
  const status = statusLabel(t, problem.caseStatus ?? '');
  const allowed = (problem.allowed ?? []).map((step) => stepLabel(t, step));
  const next = allowed.length ? t('problems.allowedSteps', { steps: allowed.join(t('listSeparator')) }) : t('problems.noSteps');
  return `${t('problems.illegal_transition', { status })}${next}`;
}

/** The sentence to show the user for a failed request. */
export function problemText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.crashed');
  if (error.status === 0) return t('errors.network');
  const code = problemCode(error.problem);
  if (code === 'illegal_transition' && error.problem.caseStatus) return illegalStepText(error.problem, t);
  const words = SERVER_WORDED.has(code) ? null : problemWords(CATALOGUE, code);
  if (words && code === 'internal') return `${words}${t('problems.quoteRequestId', { requestId: error.problem.requestId ?? '—' })}`;
  if (words) return words;
  return error.problem.detail ?? error.problem.title ?? t('errors.generic', { status: error.status });
}

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

// The server words field errors in English; the ones it is known to send are reworded here.
type FieldMessageKey =
  | 'wrong' | 'codeMismatch' | 'sixDigits' | 'taken' | 'commonPassword'
  | 'containsUsername' | 'fewCharacters' | 'tooShort' | 'unitRequired'
  | 'notFuture' | 'phone' | 'idNumber' | 'notPast' | 'notWorkday' | 'noUnit'
  | 'currentUnit' | 'sameCase' | 'noTarget' | 'forPerson' | 'forUnit' | 'receipt'
  | 'closesBeforeOpens' | 'roundExists' | 'roundAnswered' | 'panelInvited' | 'notRoundUnit' | 'notInspector'
  | 'notOption';

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
  'cannot be in the future': 'notFuture',
  'is not a valid mobile or landline number': 'phone',
  'is not a valid resident identity card number': 'idNumber',
  'must be today or later': 'notPast',
  'is not a working day': 'notWorkday',
  'is required: the case names no unit': 'noUnit',
  'is the current unit': 'currentUnit',
  'is this case': 'sameCase',
  'no such case, or it was merged itself': 'noTarget',
  'is required for a person': 'forPerson',
  'is required for a unit': 'forUnit',
  'must be the digits of your receipt': 'receipt',
  'must not be before opensOn': 'closesBeforeOpens',
  'already has a round for this panel': 'roundExists',
  'answers have already come in': 'roundAnswered',
  'cannot change once invited': 'panelInvited',
  'must not be in the future': 'notFuture',
  'must not be before startsOn': 'closesBeforeOpens',
  'must be one of the round’s units': 'notRoundUnit',
  'is not an active inspector account': 'notInspector',
};

function fieldMessage(message: string, t: TFunction): string {
  const key = FIELD_MESSAGES[message];
  if (key) return t(`fieldMessages.${key}`);
  const after = /^must be after (\d{4}-\d{2}-\d{2})$/.exec(message);
  if (after) return t('fieldMessages.mustBeAfter', { date: after[1] });
  // A choice the plan no longer offers (the server lists the codes it takes, for API clients).
  if (/^must be one of [\w, -]+$/.test(message)) return t('fieldMessages.notOption');
  return message;
}

// Servers name fields as "password", "body.password", "/password", "attachments[0]" or
// ["body", "password"]. An error on one item of a list belongs to the list's field.
function fieldName(path: FieldProblem['path']): (string | number)[] {
  const parts = Array.isArray(path) ? path : path.replace(/\[(\d+)\]/g, '.$1').split(/[./]/).filter(Boolean);
  const named = parts[0] === 'body' ? parts.slice(1) : parts;
  const firstIndex = named.findIndex((part) => typeof part === 'number' || /^\d+$/.test(part));
  return firstIndex === -1 ? named : named.slice(0, firstIndex);
}

/** The server's field errors that belong to one of the form's fields. */
export function fieldErrors(error: unknown, fields: readonly string[], t: TFunction): FieldError[] {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return [];
  return error.problem.errors
    .map((item) => ({ name: fieldName(item.path), errors: [fieldMessage(item.message, t)] }))
    .filter((item) => item.name.length > 0 && fields.includes(String(item.name[0])));
}
