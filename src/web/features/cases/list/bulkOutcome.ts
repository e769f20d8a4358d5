import type { TFunction } from 'i18next';
import { problems as core } from '../../../../core/contract';
import { problems as cases } from '../../../../modules/cases/contract';
import { problemWords } from '../../../common/problemWords';
import { stepLabel, statusLabel } from '../labels';
import type { BulkAction, BulkResult, CaseListItem } from '../types';

// The codes a case step can be refused with have their words in the contracts' catalogues.
const CATALOGUE = { ...core, ...cases };

type BulkProblem = NonNullable<BulkResult['problem']>;

/** A case the server refused, with what the user is told about it. */
export interface Refusal {
  id: number;
  /** The case's number (e.g. ZF2011-000003), or its id when the list no longer holds it. */
  caseCode: string;
  title: string | null;
  /** The problem's code, e.g. illegal_transition. */
  code: string;
  words: string;
}

export interface BulkOutcome {
  action: BulkAction;
  done: number[];
  refused: Refusal[];
}

// The field messages a refused step may carry, as the common words name them (common.fieldMessages).
const FIELD_MESSAGES = {
  'is required: the case names no unit': 'noUnit',
  'is the current unit': 'currentUnit',
  'must be today or later': 'notPast',
  'is not a working day': 'notWorkday',
} as const;

const FIELD_LABELS = { unitId: 'unit', dueDate: 'dueDate', note: 'note' } as const;

function fieldText(error: { path: string; message: string }, t: TFunction): string {
  const key = Object.hasOwn(FIELD_MESSAGES, error.message) ? FIELD_MESSAGES[error.message as keyof typeof FIELD_MESSAGES] : null;
  const message = key ? t(`fieldMessages.${key}`) : error.message;
  const field = error.path.split(/[./]/).filter(Boolean).at(-1) ?? '';
  const label = Object.hasOwn(FIELD_LABELS, field) ? t(`caseSteps.${FIELD_LABELS[field as keyof typeof FIELD_LABELS]}`) : null;
  return label ? `${t('labelled', { label })}${message}` : message;
}

/** The sentence for one refused case: what stood in the way, in the reader's language. */
export function refusalWords(problem: BulkProblem, action: BulkAction, item: CaseListItem | undefined, t: TFunction): string {
  if (problem.code === 'illegal_transition') {
    // The server's detail names the status the case was in when it was refused; the list's row may be older.
    const status = /on a case that is (\w+)/.exec(problem.detail)?.[1] ?? item?.status;
    const step = stepLabel(t, action);
    return status ? t('cases.bulk.illegal', { status: statusLabel(t, status), step }) : t('cases.bulk.illegalNoStatus', { step });
  }
  if (problem.code === 'not_found') return t('cases.bulk.notFound');
  if (problem.errors?.length) return problem.errors.map((error) => fieldText(error, t)).join(t('cases.bulk.sentenceSeparator'));
  return problemWords(CATALOGUE, problem.code) ?? problem.detail;
}

/** The server's answer, case by case, as the page shows it: what was done, and each refusal with its reason. */
export function bulkOutcome(action: BulkAction, results: readonly BulkResult[], items: readonly CaseListItem[], t: TFunction): BulkOutcome {
  const byId = new Map(items.map((item) => [item.id, item]));
  const done: number[] = [];
  const refused: Refusal[] = [];
  for (const result of results) {
    if (result.ok || !result.problem) {
      done.push(result.id);
      continue;
    }
    const item = byId.get(result.id);
    refused.push({
      id: result.id,
      caseCode: item?.code ?? `#${result.id}`,
      title: item?.title ?? null,
      code: result.problem.code,
      words: refusalWords(result.problem, action, item, t),
    });
  }
  return { action, done, refused };
}
