import { describe, expect, it } from 'vitest';
import { ownStatus, progressOf } from './progress';

describe('a request’s progress', () => {
  it('names every status and works out what is handed in', () => {
    const p = progressOf({ total: 10, byStatus: { open: 4, submitted: 2, returned: 1, accepted: 3 }, late: 2 });
    expect(p.byStatus).toEqual({ open: 4, submitted: 2, returned: 1, accepted: 3, failed: 0 });
    expect(p.handedIn).toBe(5);
    expect(p.handedInPercent).toBe(50);
    expect(p.acceptedPercent).toBe(30);
    expect(p.late).toBe(2);
  });

  it('is empty without reports', () => {
    expect(progressOf({ total: 0, byStatus: {}, late: 0 })).toMatchObject({ total: 0, handedIn: 0, handedInPercent: 0, acceptedPercent: 0 });
  });

  it('gives a liaison the status of its one report', () => {
    expect(ownStatus({ total: 1, byStatus: { returned: 1 }, late: 0 })).toBe('returned');
    expect(ownStatus({ total: 1, byStatus: { open: 0, submitted: 1 }, late: 0 })).toBe('submitted');
    expect(ownStatus({ total: 2, byStatus: { open: 2 }, late: 0 })).toBeNull();
    expect(ownStatus({ total: 0, byStatus: {}, late: 0 })).toBeNull();
  });
});
