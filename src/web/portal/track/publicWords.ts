import { PUBLIC_STEPS, STATUSES as PUBLIC_STATUSES, type PublicStep, type Status as PublicStatus } from '../../../modules/cases/contract';

// A case's statuses and the steps a reporter sees are the server's (the cases contract).
export { PUBLIC_STATUSES, PUBLIC_STEPS, type PublicStatus, type PublicStep };

export function isPublicStatus(value: string): value is PublicStatus {
  return (PUBLIC_STATUSES as readonly string[]).includes(value);
}

export function isPublicStep(value: string): value is PublicStep {
  return (PUBLIC_STEPS as readonly string[]).includes(value);
}

/** The banner colour: still moving, finished, or stopped without a result. */
export function statusTone(status: string): 'progress' | 'done' | 'stopped' {
  if (status === 'closed') return 'done';
  if (status === 'not_accepted' || status === 'merged') return 'stopped';
  return 'progress';
}

/** A receipt as typed or pasted: spaces and dashes from the grouped display are dropped. */
export function cleanReceipt(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}
