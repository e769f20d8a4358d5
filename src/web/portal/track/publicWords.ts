export const PUBLIC_STATUSES = ['received', 'accepted', 'not_accepted', 'assigned', 'responded', 'closed', 'merged'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_STEPS = ['intake', 'accept', 'reject', 'assign', 'transfer', 'respond', 'return', 'verify_close', 'follow_up', 'reopen', 'merge'] as const;
export type PublicStep = (typeof PUBLIC_STEPS)[number];

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
